export { HotlineScreen } from './HotlineScreen'
