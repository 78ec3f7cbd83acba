import { z } from 'zod'
import type { Content } from '../content/schema'
import { healthCheckNoticeSchema } from '../fleet/health'
import { updateStatusNoticeSchema } from '../update/installSchemas'
import { DIFF_COLLECTIONS } from '../update/updateStatus'

/** `preview`: a content file an author is previewing in the browser host (`--content FILE`). */
export const contentSourceSchema = z.enum(['factory', 'update', 'preview'])

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** The content's item lists, as the update diff names them; `maps` alone may be absent. */
const CONTENT_LISTS = DIFF_COLLECTIONS.filter((list) => list !== 'maps')

/**
 * A dataset the host has already validated in full (once per install, once per start — the
 * host never sends anything else; `content.home` sends it with its places left out and its
 * services cut to stubs, `common/api/contentHome.ts`). The renderer checks only that it is
 * shaped like a dataset, not the whole schema again: at 10,000 places a second zod pass cost the
 * visitor's first screen hundreds of milliseconds (issue 25). A host that sends something else
 * fails here.
 */
export const hostValidatedContentSchema = z.custom<Content>(
  (v) =>
    isRecord(v) &&
    isRecord(v.dataset) &&
    Number.isInteger(v.dataset.contentVersion) &&
    isRecord(v.screener) &&
    CONTENT_LISTS.every((list) => Array.isArray(v[list])),
  { message: 'not a content dataset (dataset, screener and the item lists)' },
)

export const contentSnapshotSchema = z
  .object({
    content: hostValidatedContentSchema,
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
  /** Author preview (`--content FILE`): the file's problems; an empty list means it is fine again. */
  z
    .object({
      kind: z.literal('preview-problems'),
      file: z.string(),
      problems: z.array(
        z
          .object({ severity: z.enum(['error', 'warning']), path: z.string(), message: z.string() })
          .strict(),
      ),
    })
    .strict(),
  updateStatusNoticeSchema,
  healthCheckNoticeSchema,
])
export type HostNotice = z.infer<typeof hostNoticeSchema>

/** Host → renderer push channel for `KioskApi.events`; every message is one HostNotice. */
export const noticeChannel = { channel: 'kiosk:events:notice', payload: hostNoticeSchema } as const

/** The browser host's form of the same: a server-sent event stream of HostNotices. */
export const EVENTS_PATH = '/api/events'
