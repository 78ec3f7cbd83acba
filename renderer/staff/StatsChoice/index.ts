export { StatsChoice } from './StatsChoice'
