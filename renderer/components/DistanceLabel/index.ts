export { DistanceLabel } from './DistanceLabel'
export { describeDistance, formatDistance } from './describeDistance'
