export { UpdateIndicator } from './UpdateIndicator'
