import type { ContractApi } from './contract'
import type { HostNotice } from './hostSchemas'

/**
 * The one contract between a host (Electron or the browser host) and the renderer: every method
 * of `kioskContract` (common/api/contract.ts), plus the host's notices. Each host serves the
 * table over its own transport (IPC channels `kiosk:<area>:<verb>`, or HTTP on loopback) by
 * calling the same services. The renderer only ever sees this type, through `renderer/api/`.
 */
export type KioskApi = ContractApi & {
  events: {
    /** Host notices (content or settings changed, an update stick found, …). Returns unsubscribe. */
    subscribe(listener: (notice: HostNotice) => void): () => void
  }
}

export * from './hostSchemas'
export { settingsSchema, type Settings } from '../settings/schema'
export type { Content } from '../content/schema'
