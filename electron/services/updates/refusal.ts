import type { RefusalCode } from '../../../common/update/refusalCodes'

export type { RefusalCode }

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

export { formatBytes, formatSizePair } from '../cappedRead'
