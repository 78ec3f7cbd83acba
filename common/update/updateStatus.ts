import { z } from 'zod'
import { refusalCodeSchema } from './refusalCodes'

export const DIFF_COLLECTIONS = [
  'categories',
  'services',
  'locations',
  'phones',
  'kioskSites',
  'notices',
  'faqs',
  'maps',
] as const

export const collectionDiffSchema = z
  .object({
    collection: z.enum(DIFF_COLLECTIONS),
    added: z.number().int().nonnegative(),
    changed: z.number().int().nonnegative(),
    removed: z.number().int().nonnegative(),
  })
  .strict()
export type CollectionDiff = z.infer<typeof collectionDiffSchema>

/** A hotline whose number changes or disappears: staff must see each one before installing. */
export const phoneNumberChangeSchema = z
  .object({
    id: z.string(),
    /** Chinese name, so staff recognise the hotline. */
    name: z.string(),
    before: z.string(),
    /** Absent when the hotline is removed. */
    after: z.string().optional(),
  })
  .strict()
export type PhoneNumberChange = z.infer<typeof phoneNumberChangeSchema>

export const contentDiffSchema = z
  .object({
    versionBefore: z.number().int().optional(),
    versionAfter: z.number().int(),
    collections: z.array(collectionDiffSchema),
    screenerChanged: z.boolean(),
    /** Every phone whose number changed or that was removed, listed explicitly. */
    phoneNumbers: z.array(phoneNumberChangeSchema),
    /** Hotlines the package adds, with their numbers. */
    phonesAdded: z.array(
      z.object({ id: z.string(), name: z.string(), number: z.string() }).strict(),
    ),
  })
  .strict()
export type ContentDiff = z.infer<typeof contentDiffSchema>

/** What staff see before confirming: who signed, which version and date, and what changes. */
export const packagePreviewSchema = z
  .object({
    signerKeyId: z.string(),
    contentVersion: z.number().int(),
    createdAt: z.string(),
    /** sha256 of the signed manifest bytes: the install request names the package by it. */
    manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
    diff: contentDiffSchema,
  })
  .strict()
export type PackagePreview = z.infer<typeof packagePreviewSchema>

const source = z.string()

/**
 * Where the kiosk is with an update, for the staff screen. Only `ready` (a valid package
 * waiting for confirmation) asks for attention; a refused stick is shown to staff without
 * interrupting a visitor.
 */
export const updateStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle') }).strict(),
  z.object({ state: z.literal('checking'), source, bytesRead: z.number().int() }).strict(),
  z
    .object({
      state: z.literal('ready'),
      source,
      preview: packagePreviewSchema,
      requirePin: z.boolean(),
    })
    .strict(),
  z
    .object({
      state: z.literal('refused'),
      source,
      code: refusalCodeSchema,
      reason: z.string(),
      signerKeyId: z.string().optional(),
      contentVersion: z.number().int().optional(),
    })
    .strict(),
  z
    .object({
      state: z.literal('installing'),
      source,
      step: z.string(),
      progress: z.number().min(0).max(1),
    })
    .strict(),
  z
    .object({
      state: z.literal('installed'),
      source,
      contentVersion: z.number().int(),
      signerKeyId: z.string(),
    })
    .strict(),
  z.object({ state: z.literal('failed'), source, reason: z.string() }).strict(),
])
export type UpdateStatus = z.infer<typeof updateStatusSchema>

export const updateLogEntrySchema = z
  .object({
    at: z.iso.datetime({ offset: true }),
    /** Where the package came from (a stick, a watched folder, a rollback by an administrator). */
    source: z.string(),
    outcome: z.enum(['installed', 'refused', 'failed', 'rolled-back', 'versions-confirmed']),
    code: z.string().optional(),
    reason: z.string(),
    contentVersion: z.number().int().optional(),
    signerKeyId: z.string().optional(),
  })
  .strict()
export type UpdateLogEntry = z.infer<typeof updateLogEntrySchema>
