export { AttractScreen } from './AttractScreen'
