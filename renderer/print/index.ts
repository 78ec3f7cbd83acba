export { PrintProvider } from './PrintProvider'
export { usePrintContext } from './printContext'
export { drawSlip } from './drawSlip'
export {
  hotlineSlip,
  placeSlip,
  serviceSlip,
  type SlipContent,
  type SlipContext,
} from './slipContent'
export { testSlipContent } from './testSlip'
