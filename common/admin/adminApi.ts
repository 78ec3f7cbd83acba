import type { AreaApi } from '../api/contract'

/**
 * The administrator's part of the KioskApi (`admin` area, described in common/api/contract.ts).
 * Everything except `status`, `setFirstPin`, `login` and `provision` needs the session token a
 * successful PIN entry returned; without a live one the host refuses (the promise rejects).
 * Settings problems are answered, not thrown: each names its field.
 */
export type AdminApi = AreaApi<'admin'>

export { ADMIN_SESSION_HEADER } from '../api/method'
