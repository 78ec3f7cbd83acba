export { StaffUpdates } from './StaffUpdates'
