export { StaleNotice } from './StaleNotice'
