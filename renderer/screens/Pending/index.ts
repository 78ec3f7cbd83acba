export { PendingScreen } from './PendingScreen'
