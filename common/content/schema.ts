import { z } from 'zod'
import {
  FESTIVALS,
  geoSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  languageSchema,
  localizedTextSchema,
} from './primitives'

// The primitives are part of the content schema's public face; they live apart (see there).
export * from './primitives'

const idListSchema = z.array(idSchema)

/**
 * Names of facts that the source did not give and that staff must confirm before a real
 * deployment (e.g. `["address", "geo", "phone"]`). The checker reports each as a warning.
 */
const unconfirmedSchema = z.array(z.string().min(1)).optional()

/**
 * A value found somewhere too weak to show (an undated third-party list, a hearsay address): it
 * is never shown to a visitor, only put on the confirmation list so the office can check it by
 * phone. `field` names the unconfirmed fact it is for, `value` what to check, `foundIn` where it
 * was found and why it is only a lead.
 */
export const leadSchema = z
  .object({
    field: z.string().min(1),
    value: z.string().trim().min(1).max(500),
    foundIn: z.string().trim().min(1).max(500),
  })
  .strict()
export type Lead = z.infer<typeof leadSchema>
/** Unconfirmed facts and the leads staff may check them with; items with facts carry both. */
const unconfirmedFields = {
  unconfirmed: unconfirmedSchema,
  leads: z.array(leadSchema).optional(),
}

/** A yearly day, MM-DD (e.g. 11-15), for windows that recur every year. */
export const monthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a yearly day is MM-DD, e.g. 11-15')

const festivalDaySchema = z
  .object({ festival: z.enum(FESTIVALS), offsetDays: z.number().int().min(-90).max(90) })
  .strict()

/**
 * When an item is in force. One-off dates; a window that recurs every year (it may cross the
 * year end: 11-15 → 03-15); or one anchored on a festival (e.g. 30 days before the Spring
 * Festival until the Lantern Festival). Days are China calendar days, both ends included.
 */
export const windowSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('dates'),
      from: isoDateSchema.optional(),
      until: isoDateSchema.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('yearly'), from: monthDaySchema, until: monthDaySchema }).strict(),
  z
    .object({ kind: z.literal('festival'), from: festivalDaySchema, until: festivalDaySchema })
    .strict(),
])
export type ContentWindow = z.infer<typeof windowSchema>

/** Who confirmed an item's facts (an office or a person's role, never a private person) and when. */
export const confirmationSchema = z
  .object({ by: z.string().trim().min(1).max(200), on: isoDateSchema })
  .strict()
export type Confirmation = z.infer<typeof confirmationSchema>

/**
 * Fields every visible item may carry to stay true over time: `windows` (in force when any
 * window is; none = always), `lastConfirmed` and `reviewBy` (past it the kiosk still shows the
 * item but says it may be out of date; the dataset's `reviewBy` is the default).
 */
const freshnessFields = {
  windows: z.array(windowSchema).min(1).optional(),
  lastConfirmed: confirmationSchema.optional(),
  reviewBy: isoDateSchema.optional(),
  /** Ids of the `dataset.sources` the item's facts were taken from. */
  sourceIds: idListSchema.optional(),
}

/** Icons the renderer knows how to draw; content picks one per category. */
export const CATEGORY_ICONS = [
  'bed',
  'food',
  'wallet',
  'alert',
  'gift',
  'ambulance',
  'health',
  'phone',
  'info',
] as const

const AUDIO_FILE = /^[^/\\:][^\\:]*\.(mp3|ogg|opus|wav|m4a)$/i
const AUDIO_MESSAGE = 'an audio file is a relative path ending in .mp3, .ogg, .opus, .wav or .m4a'

/**
 * Recorded or pre-generated speech for one item, per language: a path relative to the content
 * file (in a package: a listed audio file). The kiosk plays it when the system has no voice for
 * the visitor's language; a language without a file and without a voice is never read aloud.
 */
export const audioRefsSchema = z
  .object({
    'zh-Hans': z.string().regex(AUDIO_FILE, AUDIO_MESSAGE).optional(),
    en: z.string().regex(AUDIO_FILE, AUDIO_MESSAGE).optional(),
    ko: z.string().regex(AUDIO_FILE, AUDIO_MESSAGE).optional(),
  })
  .strict()
export type AudioRefs = z.infer<typeof audioRefsSchema>

/**
 * A published statement the content's facts come from. `id` lets items name it in `sourceIds`;
 * `url` is its web address (http or https), where one is known. An item taken from it carries
 * `lastConfirmed.on` = `date`, so the review rules judge the fact by the source's age.
 */
export const sourceSchema = z
  .object({
    id: idSchema.optional(),
    title: localizedTextSchema,
    publisher: localizedTextSchema,
    date: isoDateSchema,
    url: z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain })
      .max(500)
      .optional(),
  })
  .strict()
export type Source = z.infer<typeof sourceSchema>

export const datasetSchema = z
  .object({
    id: idSchema,
    contentVersion: z.number().int().min(1),
    publishedAt: isoDateTimeSchema,
    region: localizedTextSchema,
    languages: z.array(languageSchema).min(1),
    publisher: localizedTextSchema,
    /** True for demonstration content that has not been confirmed for a real deployment. */
    sample: z.boolean(),
    /** The kiosk site used for "you are here" until an administrator picks one. */
    defaultSiteId: idSchema,
    /** Default confirmation and review date for items that carry none of their own. */
    lastConfirmed: confirmationSchema.optional(),
    reviewBy: isoDateSchema.optional(),
    sources: z.array(sourceSchema).optional(),
  })
  .strict()

export const categorySchema = z
  .object({
    ...freshnessFields,
    id: idSchema,
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    icon: z.enum(CATEGORY_ICONS),
    order: z.number().int(),
    /** Crisis needs ("nowhere to sleep tonight", "medical emergency") are shown first and largest. */
    crisis: z.boolean().optional(),
    /** Hotline shown at once on the tile (the medical tile shows 120). */
    phoneId: idSchema.optional(),
  })
  .strict()

/** Whom an amount is counted for; `person-or-household` when the office applies either rate. */
export const BENEFIT_PER = ['person', 'household', 'person-or-household', 'once'] as const

/**
 * What a programme gives. Amounts must not read as promises: `amountKind` says whether the amount
 * is paid (`payment`, the default) or is the most an office may approve (`limit`, shown "up to"),
 * `approvedBy` who decides, `form` whether it is money or goods (`goods` with `items` describing
 * them), and `appliedFor: false` marks help handed to households already chosen by the office,
 * which nobody can apply for.
 */
export const benefitSchema = z
  .object({
    description: localizedTextSchema,
    amountCny: z.number().nonnegative().optional(),
    per: z.enum(BENEFIT_PER).optional(),
    amountKind: z.enum(['payment', 'limit']).optional(),
    approvedBy: localizedTextSchema.optional(),
    form: z.enum(['cash', 'goods']).optional(),
    items: localizedTextSchema.optional(),
    appliedFor: z.boolean().optional(),
  })
  .strict()

export const serviceSchema = z
  .object({
    ...freshnessFields,
    id: idSchema,
    name: localizedTextSchema,
    summary: localizedTextSchema,
    /** One or two short sentences in easy language, shown first. */
    plainSummary: localizedTextSchema.optional(),
    provider: localizedTextSchema.optional(),
    eligibility: z
      .object({ description: localizedTextSchema, ruleIds: idListSchema.optional() })
      .strict(),
    benefits: z.array(benefitSchema),
    howToApply: z.array(localizedTextSchema),
    requiredDocuments: z.array(localizedTextSchema),
    locationIds: idListSchema,
    phoneIds: idListSchema,
    categoryIds: idListSchema.min(1),
    validFrom: isoDateSchema.optional(),
    validUntil: isoDateSchema.optional(),
    /** The day the facts were last checked against the source. */
    assuredDate: isoDateSchema,
    status: z.enum(['active', 'inactive']),
    ...unconfirmedFields,
    audio: audioRefsSchema.optional(),
  })
  .strict()

export const LOCATION_TYPES = [
  'shelter',
  'rescue-station',
  'civil-affairs-office',
  'street-office',
  'labour-inspection',
  'arbitration',
  'trade-union',
  'hospital',
  'station',
  'other',
] as const

/**
 * A GeoJSON LineString (WGS-84, [longitude, latitude] pairs, as GeoJSON always is): the walk the
 * office drew from a kiosk site to a place, shown on the street map beside the written steps.
 */
export const walkLineSchema = z
  .object({
    type: z.literal('LineString'),
    coordinates: z
      .array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]))
      .min(2)
      .max(2000),
  })
  .strict()
export type WalkLine = z.infer<typeof walkLineSchema>

export const locationSchema = z
  .object({
    ...freshnessFields,
    id: idSchema,
    name: localizedTextSchema,
    type: z.enum(LOCATION_TYPES),
    description: localizedTextSchema.optional(),
    address: localizedTextSchema.optional(),
    geo: geoSchema.optional(),
    /** OSM opening_hours syntax, e.g. "Mo-Fr 08:30-17:00" or "24/7". Absent = hours unknown. */
    openingHours: z.string().min(1).optional(),
    hoursNote: localizedTextSchema.optional(),
    phoneIds: idListSchema,
    transport: localizedTextSchema.optional(),
    accessibility: localizedTextSchema.optional(),
    /** Step-by-step directions keyed by kiosk site id. */
    directions: z.record(idSchema, z.array(localizedTextSchema)).optional(),
    /** The walk drawn on the street map, keyed by kiosk site id (beside `directions`). */
    walkRoutes: z.record(idSchema, walkLineSchema).optional(),
    assuredDate: isoDateSchema.optional(),
    ...unconfirmedFields,
    audio: audioRefsSchema.optional(),
  })
  .strict()

export const phoneSchema = z
  .object({
    ...freshnessFields,
    id: idSchema,
    /** As dialled in China: short numbers (110, 12333), landlines with area code, mobiles. */
    number: z.string().min(3),
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    hours: localizedTextSchema.optional(),
    available24h: z.boolean(),
    /** 1 is the most important; the hotline bar shows the lowest numbers first. */
    priority: z.number().int().min(1),
    categoryIds: idListSchema,
    ...unconfirmedFields,
    audio: audioRefsSchema.optional(),
  })
  .strict()

export const kioskSiteSchema = z
  .object({
    ...freshnessFields,
    id: idSchema,
    name: localizedTextSchema,
    geo: geoSchema.optional(),
    /**
     * Whether staff are on hand where the kiosk stands (a station hall: yes; a street: no).
     * Absent counts as no: visitors are then pointed to a hotline, never to staff who are not there.
     */
    staffOnHand: z.boolean().optional(),
    ...unconfirmedFields,
  })
  .strict()

export const noticeSchema = z
  .object({
    ...freshnessFields,
    id: idSchema,
    title: localizedTextSchema,
    body: localizedTextSchema,
    severity: z.enum(['info', 'warning', 'urgent']),
    categoryIds: idListSchema.optional(),
    validFrom: isoDateSchema.optional(),
    validUntil: isoDateSchema.optional(),
    audio: audioRefsSchema.optional(),
  })
  .strict()

export const faqSchema = z
  .object({
    ...freshnessFields,
    id: idSchema,
    question: localizedTextSchema,
    answer: localizedTextSchema,
    categoryIds: idListSchema,
  })
  .strict()

export const screenerQuestionSchema = z
  .object({
    ...freshnessFields,
    id: idSchema,
    text: localizedTextSchema,
    help: localizedTextSchema.optional(),
    kind: z.enum(['yesno', 'oneOf']),
    /** Only for `oneOf`; yes/no questions answer "yes" or "no". */
    options: z.array(z.object({ id: idSchema, label: localizedTextSchema }).strict()).optional(),
  })
  .strict()

/** A rule advises: when every condition matches, its services are suggested. It never excludes. */
export const screenerRuleSchema = z
  .object({
    ...freshnessFields,
    id: idSchema,
    when: z.array(z.object({ questionId: idSchema, answer: z.string().min(1) }).strict()).min(1),
    serviceIds: idListSchema.min(1),
  })
  .strict()

export const screenerSchema = z
  .object({
    questions: z.array(screenerQuestionSchema),
    rules: z.array(screenerRuleSchema),
  })
  .strict()

/** A georeferenced picture of the area around a kiosk site, for the directions view. */
export const mapSchema = z
  .object({
    id: idSchema,
    siteId: idSchema,
    /** Path of the image relative to the content file (in a package: a listed file). */
    file: z.string().min(1),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    bounds: z
      .object({
        north: z.number().min(-90).max(90),
        south: z.number().min(-90).max(90),
        east: z.number().min(-180).max(180),
        west: z.number().min(-180).max(180),
      })
      .strict(),
    crs: z.enum(['wgs84', 'gcj02']),
    alt: localizedTextSchema,
  })
  .strict()

/**
 * The city's street map for the place pages and slips: a PMTiles v3 vector extract packed with
 * the content (`kiosk-content pack --basemap`), and optionally the walking graph the kiosk
 * routes over when the office drew no walk (common/map/walkGraph.ts; docs/maps.md).
 */
export const basemapSchema = z
  .object({
    /** Relative name of the `.pmtiles` file (in a package: the listed `basemap` file). */
    file: z.string().regex(/^[^/\\:]+\.pmtiles$/, 'the street map is a .pmtiles file name'),
    /** Relative name of the walking graph (`.json`), derived from the map by `pack`. */
    walkGraph: z
      .string()
      .regex(/^[^/\\:]+\.json$/, 'the walking graph is a .json file name')
      .optional(),
  })
  .strict()

/** The whole content dataset, as bundled in `resources/content/` or carried by an update. */
export const contentSchema = z
  .object({
    $schema: z.string().optional(),
    dataset: datasetSchema,
    categories: z.array(categorySchema),
    services: z.array(serviceSchema),
    locations: z.array(locationSchema),
    phones: z.array(phoneSchema),
    kioskSites: z.array(kioskSiteSchema).min(1),
    notices: z.array(noticeSchema),
    faqs: z.array(faqSchema),
    screener: screenerSchema,
    maps: z.array(mapSchema).optional(),
    basemap: basemapSchema.optional(),
  })
  .strict()

export type Dataset = z.infer<typeof datasetSchema>
export type Category = z.infer<typeof categorySchema>
export type Benefit = z.infer<typeof benefitSchema>
export type Service = z.infer<typeof serviceSchema>
export type Location = z.infer<typeof locationSchema>
export type LocationType = (typeof LOCATION_TYPES)[number]
export type Phone = z.infer<typeof phoneSchema>
export type KioskSite = z.infer<typeof kioskSiteSchema>
export type Notice = z.infer<typeof noticeSchema>
export type Faq = z.infer<typeof faqSchema>
export type ScreenerQuestion = z.infer<typeof screenerQuestionSchema>
export type ScreenerRule = z.infer<typeof screenerRuleSchema>
export type Screener = z.infer<typeof screenerSchema>
export type KioskMap = z.infer<typeof mapSchema>
export type Content = z.infer<typeof contentSchema>
export type CategoryIcon = (typeof CATEGORY_ICONS)[number]
