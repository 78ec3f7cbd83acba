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

export { formatBytes } from '../cappedRead'
