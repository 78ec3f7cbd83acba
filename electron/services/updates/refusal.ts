/** Why a package was refused: a stable code for logs and tests, and a plain sentence for staff. */
export type RefusalCode =
  | 'not-a-package'
  | 'link'
  | 'not-a-file'
  | 'unexpected-entry'
  | 'too-large'
  | 'too-many-files'
  | 'unsigned'
  | 'bad-signature-file'
  | 'unknown-key'
  | 'revoked-key'
  | 'bad-signature'
  | 'malformed-manifest'
  | 'invalid-manifest'
  | 'wrong-format'
  | 'incompatible'
  | 'not-newer'
  | 'not-for-this-kiosk'
  | 'missing-file'
  | 'extra-file'
  | 'hash-mismatch'
  | 'invalid-content'
  | 'drive-removed'
  | 'read-error'
  | 'apply-failed'

export interface Refusal {
  code: RefusalCode
  reason: string
}

/** Thrown inside the verification pipeline; caught once at its top and turned into a result. */
export class RefusalError extends Error {
  constructor(
    readonly code: RefusalCode,
    reason: string,
  ) {
    super(reason)
  }

  get refusal(): Refusal {
    return { code: this.code, reason: this.message }
  }
}

/** Throws a refusal: the pipeline stops at the first failure. */
export function refuse(code: RefusalCode, reason: string): never {
  throw new RefusalError(code, reason)
}

/**
 * Why a package at `version` is refused against the high-water mark `mark`, worded from the mark
 * (the highest version ever installed), since after a rollback the content on screen is older.
 */
export function notNewerReason(version: number, mark: number): string {
  return `version ${version} is not newer than ${mark}, the highest version this kiosk has installed`
}

/** Human size for refusal messages: "300 MB", "12 KB", "80 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`
  return `${n} bytes`
}
