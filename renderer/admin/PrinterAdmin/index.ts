export { PrinterCheck } from './PrinterCheck'
export { PrinterField } from './PrinterField'
