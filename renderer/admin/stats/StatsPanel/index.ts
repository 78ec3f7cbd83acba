export { StatsPanel } from './StatsPanel'
