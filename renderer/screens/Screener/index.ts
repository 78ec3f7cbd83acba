export { ScreenerScreen } from './ScreenerScreen'
