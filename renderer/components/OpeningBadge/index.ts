export { OpeningBadge } from './OpeningBadge'
export { readableHours } from './readableHours'
export { HolidayHoursNote } from './HolidayHoursNote'
