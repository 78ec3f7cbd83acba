export { FaqsScreen } from './FaqsScreen'
