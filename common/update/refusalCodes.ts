import { z } from 'zod'

/**
 * Why a package was refused: a stable code for logs, tests and the staff screen (which explains
 * most of them in its own words). The one list; the updates service and the renderer both use it.
 */
export const refusalCodeSchema = z.enum([
  'not-a-package',
  'link',
  'not-a-file',
  'unexpected-entry',
  'too-large',
  'too-many-files',
  'unsigned',
  'bad-signature-file',
  'unknown-key',
  'revoked-key',
  'bad-signature',
  'malformed-manifest',
  'invalid-manifest',
  'wrong-format',
  'incompatible',
  'not-newer',
  'versions-unconfirmed',
  'not-for-this-kiosk',
  'missing-file',
  'extra-file',
  'hash-mismatch',
  'invalid-content',
  'drive-removed',
  'read-error',
  'apply-failed',
])
export type RefusalCode = z.infer<typeof refusalCodeSchema>
