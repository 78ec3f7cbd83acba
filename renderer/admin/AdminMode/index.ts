export { AdminMode } from './AdminMode'
