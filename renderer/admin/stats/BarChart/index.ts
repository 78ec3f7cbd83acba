export { BarChart } from './BarChart'
