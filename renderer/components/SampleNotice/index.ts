export { SampleNotice } from './SampleNotice'
