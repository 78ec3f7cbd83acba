import { z } from 'zod'

/**
 * The content schema's smallest parts, which settings, stats and fleet schemas share. Kept
 * apart from the content schema (`schema.ts` re-exports them) so that code which needs only
 * these — the renderer's first screen, through the API contract — does not build the whole
 * content schema when it starts (issue 25: zod schema building was the largest part of the
 * start-up JavaScript).
 */

/** Languages the kiosk speaks. `zh-Hans` is the default and the fallback for every text. */
export const LANGUAGES = ['zh-Hans', 'en', 'ko'] as const
export const languageSchema = z.enum(LANGUAGES)
export type Language = z.infer<typeof languageSchema>
export const DEFAULT_LANGUAGE: Language = 'zh-Hans'

/** Visitor-facing text: Chinese is required, the other languages fall back to it. */
export const localizedTextSchema = z
  .object({
    'zh-Hans': z.string().trim().min(1),
    en: z.string().trim().min(1).optional(),
    ko: z.string().trim().min(1).optional(),
  })
  .strict()
export type LocalizedText = z.infer<typeof localizedTextSchema>

/** Stable ids: lower-case words joined by hyphens, so they are safe in URLs, file names and logs. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id is 1–64 lower-case letters, digits or hyphens')

/** A calendar day, YYYY-MM-DD, interpreted in the kiosk's region (China Standard Time). */
export const isoDateSchema = z.iso.date()
/** An instant with an explicit offset, e.g. 2021-01-19T10:00:00+08:00. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true })

/** Coordinates with their datum: Chinese maps use GCJ-02, GPS and OSM use WGS-84. */
export const geoSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    crs: z.enum(['wgs84', 'gcj02']),
  })
  .strict()
export type Geo = z.infer<typeof geoSchema>

/** Chinese festivals whose Gregorian dates move every year (computed, never hand-kept). */
export const FESTIVALS = ['spring-festival', 'lantern-festival'] as const
