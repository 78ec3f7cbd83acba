export { MaintenancePanel } from './MaintenancePanel'
