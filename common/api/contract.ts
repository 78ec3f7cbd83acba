import { z } from 'zod'
import {
  adminActionResultSchema,
  adminLoginResultSchema,
  adminSettingsResultSchema,
  adminStatusSchema,
  auditEntrySchema,
  configFindingSchema,
  diagnosticsSchema,
  hostActionsSchema,
  settingsPatchSchema,
  trustedKeyInfoSchema,
} from '../admin/schemas'
import { calendarFactsSchema } from '../domain/calendar'
import { activityStateSchema, healthReportSchema } from '../fleet/health'
import { contentFreshnessSchema } from '../admin/contentFreshness'
import {
  MAX_PRINT_BODY_BYTES,
  printResultSchema,
  printSlipRequestSchema,
  printerStatusSchema,
  visitIdSchema,
} from '../print/printApi'
import { slipBitmapSchema } from '../print/slipBitmap'
import { settingsSchema } from '../settings/schema'
import { statsExportResultSchema, statsOverviewSchema } from '../stats/overview'
import { statsBatchSchema } from '../stats/schema'
import { installOptionsSchema, installResponseSchema } from '../update/installSchemas'
import { updateStatusSchema } from '../update/updateStatus'
import { appInfoSchema, contentSnapshotSchema } from './hostSchemas'
import { rendererProblemSchema } from './rendererProblem'
import {
  channelOf,
  method,
  methodsOf,
  routeOf,
  type ClientFn,
  type MethodSpec,
  type ServiceFn,
} from './method'

const none = z.tuple([])
const pin = z.string().max(64)
const folder = z.string().min(1).max(4096)

/**
 * THE contract between the hosts and the renderer: every KioskApi method, once. The preload
 * bridge, the IPC handlers, the HTTP routes and the renderer's HTTP client are all derived from
 * this table (see docs/architecture.md); adding a method is one entry here plus its service
 * function. `session` methods take the admin session token as their first argument.
 */
export const kioskContract = {
  content: {
    /** The active, validated content dataset and where it came from. */
    get: method({ args: none, result: contentSnapshotSchema, access: 'visitor', token: false }),
    /**
     * The same snapshot without its directory: `services` and `locations` empty, everything
     * else (needs, hotlines, notices, FAQs, screener, sites, maps) as `get` sends it. Home shows
     * nothing of the directory, so the first screen waits for this small reply and the renderer
     * asks for the whole dataset after home is painted: at 10,000 places the directory is 8 MB
     * of JSON that kept home waiting ~300 ms (issue 25).
     */
    home: method({ args: none, result: contentSnapshotSchema, access: 'visitor', token: false }),
  },
  settings: {
    get: method({ args: none, result: settingsSchema, access: 'visitor', token: false }),
  },
  app: {
    info: method({ args: none, result: appInfoSchema, access: 'visitor', token: false }),
    /**
     * A problem the page worked around (the street map fell back to the sketch), for the host's
     * error log. Any page may call it: a few kinds, a short ASCII detail, and the host writes
     * each at most once a day, a few a day in all (electron/services/logger/rendererProblems.ts).
     */
    reportProblem: method({
      args: z.tuple([rendererProblemSchema]),
      result: z.null(),
      access: 'visitor',
    }),
    /**
     * Festival days and statutory holidays for the years around the host's today (host clock),
     * so the renderer need not ship the calendar library; it asks again when the day changes.
     */
    calendar: method({ args: none, result: calendarFactsSchema, access: 'visitor', token: false }),
  },
  admin: {
    status: method({ args: none, result: adminStatusSchema, access: 'admin-entry' }),
    /** First start only: there is no factory PIN, so the kiosk asks for one. */
    setFirstPin: method({
      args: z.tuple([pin]),
      result: adminLoginResultSchema,
      access: 'admin-entry',
    }),
    login: method({ args: z.tuple([pin]), result: adminLoginResultSchema, access: 'admin-entry' }),
    /** First start only: take the PIN from a signed provisioning package on a stick. */
    provision: method({ args: none, result: adminActionResultSchema, access: 'admin-entry' }),
    logout: admin(none, z.null()),
    updateSettings: admin(z.tuple([settingsPatchSchema]), adminSettingsResultSchema),
    diagnostics: admin(none, diagnosticsSchema),
    auditLog: admin(none, z.array(auditEntrySchema)),
    /** Replaces the PIN (at least 6 digits); the session stays open. */
    changePin: admin(z.tuple([pin]), adminActionResultSchema),
    /** Config packages on sticks and in watched folders, each with its changes or refusal. */
    findConfigs: admin(none, z.array(configFindingSchema)),
    /** Applies one package `findConfigs` listed (the host verifies it again first). */
    applyConfig: admin(z.tuple([folder]), adminActionResultSchema),
    /** Back to the previous content slot. */
    rollbackContent: admin(none, adminActionResultSchema),
    /**
     * After the record of installed versions was lost (issue 23, finding 10): accepts the
     * versions still known so packages install again; refused when nothing needs confirming.
     */
    confirmInstalledVersions: admin(none, adminActionResultSchema),
    /** Items past their review date, or due within 30 days, per kind (China days, host clock). */
    contentFreshness: admin(none, contentFreshnessSchema),
    /** Diagnostics and the update log onto the USB sticks present. */
    exportDiagnostics: admin(none, adminActionResultSchema),
    /** The keys packages may be signed by, each shipped or added. */
    listKeys: admin(none, z.array(trustedKeyInfoSchema)),
    /** Adds the key of a rotation package (`KIOSK-KEY/`) signed by an already trusted key. */
    addKey: admin(none, adminActionResultSchema),
    /** Removes an added key; refused for shipped keys and for the last trusted key. */
    removeKey: admin(z.tuple([trustedKeyInfoSchema.shape.keyId]), adminActionResultSchema),
    /** Whether this host can restart the app / quit to the desktop (Electron only). */
    hostActions: admin(none, hostActionsSchema),
    /** Restarts the kiosk app; the session ends. Refused where `hostActions` says unavailable. */
    restartApp: admin(none, adminActionResultSchema),
    /** Quits to the desktop; the session ends. Refused where `hostActions` says unavailable. */
    quitApp: admin(none, adminActionResultSchema),
  },
  stats: {
    /** Anonymous events, batched; a refused batch is counted not at all. */
    record: method({
      args: z.tuple([statsBatchSchema.shape.events]),
      result: z.null(),
      access: 'visitor',
    }),
    overview: admin(none, statsOverviewSchema),
    exportToSticks: admin(none, statsExportResultSchema),
  },
  updates: {
    status: method({ args: none, result: updateStatusSchema, access: 'staff' }),
    /** Looks at drives and watched folders now instead of waiting for the next poll. */
    checkNow: method({ args: none, result: updateStatusSchema, access: 'staff' }),
    /**
     * `options.manifestSha256`: the package staff reviewed (`preview.manifestSha256`); any other
     * package waiting, or none named, is refused. `options.includeStats`: staff chose to add
     * anonymous usage counters to the stick receipt.
     */
    install: method({
      args: z.tuple([pin.nullable(), installOptionsSchema.optional()]),
      result: installResponseSchema,
      access: 'staff',
    }),
    /** Staff close the update screen; the package is forgotten until it is replaced or re-inserted. */
    dismiss: method({ args: none, result: updateStatusSchema, access: 'staff' }),
    /** The renderer: the attract/night screen is up, or someone touched (automatic installs wait). */
    reportActivity: method({
      args: z.tuple([activityStateSchema]),
      result: z.null(),
      access: 'visitor',
    }),
    /** The renderer's answer to a `health-check` notice after an automatic install. */
    reportHealth: method({
      args: z.tuple([healthReportSchema]),
      result: z.null(),
      access: 'visitor',
    }),
  },
  print: {
    /** Whether a slip can be printed now for this visit (printer ready, paper limits left). */
    status: method({
      args: z.tuple([visitIdSchema]),
      result: printerStatusSchema,
      access: 'visitor',
      token: false,
    }),
    /** Prints one slip the renderer drew at the printer's dot width (uses paper: launch token). */
    printSlip: method({
      args: z.tuple([printSlipRequestSchema]),
      result: printResultSchema,
      access: 'visitor',
      maxBodyBytes: MAX_PRINT_BODY_BYTES,
    }),
    /** An administrator's test slip: no paper limits, the same printer path and time limit. */
    printTest: method({
      args: z.tuple([slipBitmapSchema]),
      result: printResultSchema,
      access: 'admin',
      maxBodyBytes: MAX_PRINT_BODY_BYTES,
    }),
  },
} as const

/**
 * What the renderer asks for before its first screen, all at once (`renderer/state/firstLoad.ts`);
 * the content's directory (`content.get`) follows once home is painted.
 * The browser host names these in index.html (`<link rel="preload">`), so the requests start
 * while the page's code is still loading instead of after it has run (issue 25).
 */
export const FIRST_LOAD = [
  ['content', 'home'],
  ['settings', 'get'],
  ['app', 'info'],
  ['app', 'calendar'],
] as const satisfies readonly (readonly [Area, string])[]

/** An administrator's method: needs the admin session and the launch token. */
function admin<A extends z.ZodTuple, R extends z.ZodType>(args: A, result: R) {
  return method({ args, result, access: 'admin' })
}

export type KioskContract = typeof kioskContract
export type Area = keyof KioskContract
/** Areas a host may leave out (tests, previews, hosts built without them). */
export const OPTIONAL_AREAS = [
  'admin',
  'stats',
  'updates',
  'print',
] as const satisfies readonly Area[]
export type OptionalArea = (typeof OPTIONAL_AREAS)[number]

/** One area of the KioskApi as the renderer calls it. */
export type AreaApi<A extends Area> = {
  [M in keyof KioskContract[A]]: KioskContract[A][M] extends MethodSpec
    ? ClientFn<KioskContract[A][M]>
    : never
}

/** One area as the host's services implement it (the hosts call these after parsing). */
export type AreaService<A extends Area> = {
  [M in keyof KioskContract[A]]: KioskContract[A][M] extends MethodSpec
    ? ServiceFn<KioskContract[A][M]>
    : never
}

/** Every area the renderer can call; optional ones may be absent. */
export type ContractApi = { [A in Exclude<Area, OptionalArea>]: AreaApi<A> } & {
  [A in OptionalArea]?: AreaApi<A>
}

/** What a host's services must implement for the hosts to serve the whole table. */
export type ContractServices = { [A in Exclude<Area, OptionalArea>]: AreaService<A> } & {
  [A in OptionalArea]?: AreaService<A>
}

/** Every IPC channel the table defines, so a test can prove nothing else is registered. */
export const contractChannels: readonly string[] = methodsOf(kioskContract).map(({ area, name }) =>
  channelOf(area, name),
)

/** The browser host's route of one table method, e.g. `contractRoute('admin', 'login')`. */
export function contractRoute<A extends Area>(area: A, name: keyof KioskContract[A] & string) {
  const spec = (kioskContract[area] as Record<string, MethodSpec>)[name]!
  return { ...routeOf(area, name, spec), spec }
}
