export { FactSections } from './FactSections'
