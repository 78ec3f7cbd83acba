export { HotlineCard, HotlineCardList } from './HotlineCard'
