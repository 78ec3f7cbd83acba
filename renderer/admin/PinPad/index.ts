export { PinPad } from './PinPad'
export { PinPanel } from './PinPanel'
