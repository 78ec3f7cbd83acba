export { NoticeScreen } from './NoticeScreen'
