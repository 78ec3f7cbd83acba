export { OpeningBadge } from './OpeningBadge'
