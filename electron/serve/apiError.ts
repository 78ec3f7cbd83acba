import { KioskApiError, type ApiError } from '../../common/api/errors'

/** What the renderer is told about a failure the host did not mean (the log has the rest). */
export const INTERNAL_MESSAGE = 'internal error (see the kiosk log for details)'

/**
 * A failure as it crosses the contract, the same for both hosts: a `KioskApiError` (which the
 * host's refusals — session, refused, unavailable, HTTP guards — all are) keeps its code and
 * message; anything else is `internal` and says only that, so a stack or a path never reaches
 * the screen.
 */
export function toApiError(err: unknown): ApiError {
  if (err instanceof KioskApiError) return { code: err.code, message: err.message }
  return { code: 'internal', message: INTERNAL_MESSAGE }
}
