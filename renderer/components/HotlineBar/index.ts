export { HotlineBar } from './HotlineBar'
