export { AdminGate } from './AdminGate'
