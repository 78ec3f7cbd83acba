export { AfterFirstFrame } from './AfterFirstFrame'
export { DrawWholeContext } from './afterFrame'
