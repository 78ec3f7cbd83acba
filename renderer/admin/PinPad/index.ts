export { PinPad } from './PinPad'
