export { PrintButton } from './PrintButton'
