export { Screen } from './Screen'
