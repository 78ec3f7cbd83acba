export { NoticesScreen } from './NoticesScreen'
export { sortNotices } from './sortNotices'
