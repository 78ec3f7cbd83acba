export { OpeningBadge } from './OpeningBadge'
export { readableHours } from './readableHours'
