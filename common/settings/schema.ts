import { z } from 'zod'
import { geoSchema, idSchema, languageSchema, localizedTextSchema } from '../content/primitives'
import {
  defaultPrinterSettings,
  migrateStoredPrinter,
  printerSettingsSchema,
} from '../print/printerSettings'
import { groupNameSchema } from '../fleet/kioskStatus'
import { nightScheduleSchema } from './nightSchedule'
import { defaultUpdatesSettings, updatesSettingsSchema } from './updatesSettings'

/**
 * A kiosk's own configuration, kept in the durable settings store and edited by administrators.
 * Every field has a default so that a fresh kiosk (or a recovered, empty store) starts sensibly,
 * and every field has a range so that a bad value is refused with a message, never stored.
 */
export const settingsSchema = z
  .object({
    kioskId: idSchema.default('kiosk-1'),
    displayName: z.string().trim().min(1).max(80).default('Relief kiosk'),
    /**
     * Groups for staged rollouts (`canary`, `stations`), usually set by a provisioning package:
     * a package targeting `group:<name>` is for every kiosk in that group (issue 20).
     */
    groups: z
      .array(groupNameSchema)
      .max(32)
      .refine((g) => new Set(g).size === g.length, 'a group is listed twice')
      .default([]),
    /** A kiosk site from the content; absent = the dataset's default site. */
    siteId: idSchema.optional(),
    /** Coordinates + landmark for a kiosk that stands where the content has no site. */
    customSite: z.object({ name: localizedTextSchema, geo: geoSchema }).strict().optional(),
    defaultLanguage: languageSchema.default('zh-Hans'),
    languages: z.array(languageSchema).min(1).default(['zh-Hans', 'en', 'ko']),
    /** Seconds without a touch before "Still there?" is asked. */
    idleSeconds: z.number().int().min(20).max(900).default(60),
    /** Seconds the "Still there?" prompt waits for a tap (at least 20, WCAG 2.2.1). */
    stillThereSeconds: z.number().int().min(20).max(120).default(20),
    attractScreen: z.boolean().default(true),
    /** Optional night hours (China time) with a dimmed "help is available" screen. */
    nightSchedule: nightScheduleSchema.optional(),
    largeText: z.boolean().default(false),
    highContrast: z.boolean().default(false),
    readAloud: z.boolean().default(true),
    volume: z.number().min(0).max(1).default(0.8),
    /**
     * Where speech plays (issue 26, private listening): the loudspeaker, or only the output
     * device `speechDeviceId` (headphones). Headphones-only never uses a system voice, which
     * cannot be routed, and stays silent rather than fall back to the loudspeaker.
     */
    speechOutput: z.enum(['loudspeaker', 'headphones']).default('loudspeaker'),
    /** The browser's id of the headphones output (navigator.mediaDevices.enumerateDevices). */
    speechDeviceId: z.string().min(1).max(200).optional(),
    updates: updatesSettingsSchema.default(defaultUpdatesSettings),
    /** The slip printer (issue 15); see docs/printing.md. */
    printer: printerSettingsSchema.default(defaultPrinterSettings),
  })
  .strict()
  .refine((s) => s.languages.includes(s.defaultLanguage), {
    message: 'the default language must be one of the languages offered',
    path: ['defaultLanguage'],
  })

export type Settings = z.infer<typeof settingsSchema>

/** The settings a brand-new kiosk starts with. */
export const defaultSettings = (): Settings => settingsSchema.parse({})

/**
 * The settings as read from `settings.json`: older versions' shapes brought up to date first
 * (the printer: see migrateStoredPrinter), so an upgrade never falls back to the defaults.
 * Changes are still checked against `settingsSchema` itself.
 */
export const storedSettingsSchema = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null && 'printer' in value
      ? { ...value, printer: migrateStoredPrinter(value.printer) }
      : value,
  settingsSchema,
)
