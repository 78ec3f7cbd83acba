import type { AreaApi } from '../api/contract'

/**
 * The staff-facing update part of the KioskApi (`updates` area, described in
 * common/api/contract.ts). A package found on a stick is announced with an `update-status`
 * notice; staff read `status()` (signer, version, date, diff), confirm with `install(pin)` (the
 * PIN is checked when settings.updates.requirePin is on) and see the result.
 */
export type UpdatesApi = AreaApi<'updates'>

export * from './installSchemas'
