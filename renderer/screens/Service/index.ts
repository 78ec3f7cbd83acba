export { ServiceScreen } from './ServiceScreen'
