export { HotlineCard } from './HotlineCard'
