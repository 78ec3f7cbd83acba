import type { RefusalCode } from '../../common/update/refusalCodes'

/** Refusal codes the staff screen explains in its own words; others show the host's sentence. */
const EXPLAINED = new Set<RefusalCode>([
  'unsigned',
  'unknown-key',
  'revoked-key',
  'bad-signature',
  'not-newer',
  'not-for-this-kiosk',
  'incompatible',
  'hash-mismatch',
  'missing-file',
  'extra-file',
  'invalid-content',
  'drive-removed',
  'too-large',
  'link',
])

/** The `staff` namespace key that explains a refusal code in plain words. */
export function refusalKey(code: RefusalCode): string {
  return EXPLAINED.has(code) ? `refusal.${code}` : 'refusal.other'
}
