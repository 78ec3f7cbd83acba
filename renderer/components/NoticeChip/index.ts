export { NoticeChip } from './NoticeChip'
