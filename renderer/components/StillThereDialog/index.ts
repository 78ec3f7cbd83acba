export { StillThereDialog } from './StillThereDialog'
