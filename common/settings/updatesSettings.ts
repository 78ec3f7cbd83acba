import { z } from 'zod'
import { clockWindowSchema } from './nightSchedule'

/**
 * How a watched folder's packages are installed (issue 20): `staff` shows a valid package to
 * staff for review and the PIN (as for a stick); `automatic` installs it unattended when nobody
 * is using the kiosk, then keeps it only if the screen proves it works (health check).
 */
export const folderPolicySchema = z.enum(['staff', 'automatic'])
export type FolderPolicy = z.infer<typeof folderPolicySchema>

const folderObjectSchema = z
  .object({
    path: z.string().min(1, 'a folder path is needed').max(4096),
    policy: folderPolicySchema.default('staff'),
    /**
     * A send-and-receive folder: the kiosk writes its heartbeat (`KIOSK-STATUS/<id>.json`) here.
     * Leave off for a folder the office only sends into (receive-only on the kiosk).
     */
    sendStatus: z.boolean().default(false),
  })
  .strict()

/**
 * One watched folder. A plain path string (what older settings and packages hold) means a
 * staff folder without heartbeat, and is stored in the object form from then on.
 */
export const watchFolderSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { path: v } : v),
  folderObjectSchema,
)
export type WatchFolder = z.infer<typeof folderObjectSchema>

/** When unattended installs may run and how long the new content has to prove itself. */
export const automaticSettingsSchema = z
  .object({
    /** Minutes without a touch after which the kiosk counts as unused (the attract screen counts at once). */
    idleMinutes: z.number().int().min(1).max(240).default(5),
    /** Optional hours (China time) outside which no automatic install starts. */
    window: clockWindowSchema('maintenance hours').optional(),
    /** Seconds the renderer has to show home and open every need tile on the new content. */
    healthCheckSeconds: z.number().int().min(10).max(600).default(60),
  })
  .strict()
export type AutomaticSettings = z.infer<typeof automaticSettingsSchema>

export const updatesSettingsSchema = z
  .object({
    requirePin: z.boolean().default(true),
    watchFolders: z
      .array(watchFolderSchema)
      .max(20)
      .refine(
        (folders) => new Set(folders.map((f) => f.path)).size === folders.length,
        'a folder is listed twice',
      )
      .default([]),
    automatic: automaticSettingsSchema.default({ idleMinutes: 5, healthCheckSeconds: 60 }),
    /** Minutes between heartbeats in send-and-receive folders (also written after each install). */
    statusMinutes: z.number().int().min(1).max(1440).default(15),
    /**
     * Seconds a watched folder's package must stay unchanged before it is checked (0: at once).
     * A sync engine delivers files one by one; settling keeps a half-arrived package from being
     * refused (and receipted) on every file. Sticks are always checked at once.
     */
    settleSeconds: z.number().int().min(0).max(600).default(0),
  })
  .strict()
export type UpdatesSettings = z.infer<typeof updatesSettingsSchema>

export const defaultUpdatesSettings: UpdatesSettings = updatesSettingsSchema.parse({})
