import type { AreaApi } from '../api/contract'

/**
 * The statistics part of the KioskApi (`stats` area, described in common/api/contract.ts).
 * `record` is fire-and-forget for the renderer (anonymous events, batched); reading and
 * exporting need the admin session.
 */
export type StatsApi = AreaApi<'stats'>

export * from './overview'
