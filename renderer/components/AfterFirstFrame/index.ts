export { AfterFirstFrame } from './AfterFirstFrame'
export { DrawWholeContext, FirstFrameOnlyContext } from './afterFrame'
