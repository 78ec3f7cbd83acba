import { z } from 'zod'
import type { AdminApi } from '../admin/adminApi'
import { contentSchema, type Content } from '../content/schema'
import { settingsSchema, type Settings } from '../settings/schema'
import type { PrintApi } from '../print/printApi'
import type { StatsApi } from '../stats/statsApi'
import { updateStatusNoticeSchema, type UpdatesApi } from '../update/updatesApi'

/**
 * The one contract between a host (Electron or the browser host) and the renderer.
 * Every host capability is a method here; each host implements it over its own transport
 * (IPC channels `kiosk:<area>:<verb>`, or HTTP on loopback) by calling the same services.
 * The renderer only ever sees this interface, through `renderer/api/`.
 */
export interface KioskApi {
  content: {
    /** The active, validated content dataset and where it came from. */
    get(): Promise<ContentSnapshot>
  }
  settings: {
    get(): Promise<Settings>
  }
  app: {
    info(): Promise<AppInfo>
  }
  /** Administration behind the PIN; absent where a host offers none (tests, previews). */
  admin?: AdminApi
  /** Anonymous usage counters (recording) and their admin view; absent where a host has none. */
  stats?: StatsApi
  /** USB / watched-folder content updates for the staff screen; absent where a host has none. */
  updates?: UpdatesApi
  /** The slip printer (issue 15); absent where a host has none. */
  print?: PrintApi
  events: {
    /** Host notices (content or settings changed, an update stick found, …). Returns unsubscribe. */
    subscribe(listener: (notice: HostNotice) => void): () => void
  }
}

/** `preview`: a content file an author is previewing in the browser host (`--content FILE`). */
export const contentSourceSchema = z.enum(['factory', 'update', 'preview'])

export const contentSnapshotSchema = z
  .object({
    content: contentSchema,
    source: contentSourceSchema,
    /** Hex sha256 of the content file, so staff and tests can tell two datasets apart. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Key id of the signer for installed updates; absent for factory content. */
    signer: z.string().optional(),
  })
  .strict()
export type ContentSnapshot = z.infer<typeof contentSnapshotSchema>

export const appInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    host: z.enum(['electron', 'web']),
    /** The host's current time; differs from the renderer's clock when `KIOSK_NOW` is set. */
    now: z.iso.datetime({ offset: true }),
    clockOverridden: z.boolean(),
  })
  .strict()
export type AppInfo = z.infer<typeof appInfoSchema>

export const hostNoticeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('content-changed'), contentVersion: z.number().int() }).strict(),
  z.object({ kind: z.literal('settings-changed') }).strict(),
  z.object({ kind: z.literal('host-message'), message: z.string() }).strict(),
  updateStatusNoticeSchema,
])
export type HostNotice = z.infer<typeof hostNoticeSchema>

export { settingsSchema }
export type { Content, Settings }
