/** The visitor's number and date words live with the item presentation (common/present). */
export { formatCny, formatDay } from '../../common/present/format'
