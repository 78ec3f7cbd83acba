export { HourChart } from './HourChart'
