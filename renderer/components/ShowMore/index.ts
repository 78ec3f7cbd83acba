export { ShowMore } from './ShowMore'
export { useShowMore } from './useShowMore'
