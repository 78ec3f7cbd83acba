export { DistanceLabel } from './DistanceLabel'
export { describeDistance, formatDistance } from '../../../common/present/describeDistance'
