export { PhoneNumber } from './PhoneNumber'
