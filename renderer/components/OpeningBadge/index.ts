export { OpeningBadge } from './OpeningBadge'
export { readableHours } from '../../../common/present/readableHours'
export { HolidayHoursNote } from './HolidayHoursNote'
