export { RecordVisits } from './RecordVisits'
export { StatsProvider } from './StatsProvider'
export { useStatsApi, useStatsRecorder } from './statsContext'
