export { HotlinesScreen } from './HotlinesScreen'
