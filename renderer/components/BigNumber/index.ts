export { BigNumber } from './BigNumber'
