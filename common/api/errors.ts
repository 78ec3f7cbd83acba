import { z } from 'zod'

/**
 * Why a contract call failed, as one closed set. Hosts send the code (never only a message) over
 * IPC and HTTP alike, and screens decide by it: only `no-session` ends an admin session, so a
 * host that hiccups (`unavailable`, `internal`) never logs an administrator out.
 * - `bad-request`: the arguments (or body) do not match the contract;
 * - `forbidden`: the caller may not call at all (not the kiosk window, no launch token);
 * - `no-session`: the admin session is missing, expired or ended;
 * - `refused`: well formed, but the host will not do it as asked (nothing changed);
 * - `unavailable`: this host does not offer it, or could not be reached;
 * - `internal`: the host failed; details are in its own log, not in the reply.
 */
export const apiErrorCodeSchema = z.enum([
  'bad-request',
  'forbidden',
  'no-session',
  'refused',
  'unavailable',
  'internal',
])
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>

/** A failure as it crosses the contract: a code to decide by and a sentence for the log. */
export const apiErrorSchema = z.object({
  code: apiErrorCodeSchema,
  message: z.string().max(2000),
})
export type ApiError = z.infer<typeof apiErrorSchema>

/**
 * The one error type on both sides of the contract. Host code throws it (or a subclass) to
 * choose the code; the renderer's clients rebuild it from the wire, whichever host answered.
 */
export class KioskApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'KioskApiError'
  }

  toJSON(): ApiError {
    return { code: this.code, message: this.message }
  }
}

/** Whether `err` is a contract failure with this code (`no-session` is the one screens ask). */
export const hasApiErrorCode = (err: unknown, code: ApiErrorCode): boolean =>
  err instanceof KioskApiError && err.code === code

/** The HTTP status each code travels with on the browser host. */
export const HTTP_STATUS_OF: Record<ApiErrorCode, number> = {
  'bad-request': 400,
  forbidden: 403,
  'no-session': 401,
  refused: 422,
  unavailable: 404,
  internal: 500,
}

/** The code of an HTTP status the browser host chose itself (413, 415, 421 …). */
export function codeOfHttpStatus(status: number): ApiErrorCode {
  if (status === 401) return 'no-session'
  if (status === 403 || status === 421) return 'forbidden'
  if (status === 404 || status === 405 || status === 503) return 'unavailable'
  if (status === 409 || status === 422) return 'refused'
  if (status >= 400 && status < 500) return 'bad-request'
  return 'internal'
}

/**
 * One reply as IPC carries it. Electron's IPC and contextBridge keep only an error's message, so
 * a failure travels as data and the renderer's client rebuilds the `KioskApiError`.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const envelopeSchema = <S extends z.ZodType>(value: S) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: apiErrorSchema }),
  ])

/** The value of a reply, or its failure thrown as a `KioskApiError`. */
export function openEnvelope<T>(reply: Envelope<T>): T {
  if (reply.ok) return reply.value
  throw new KioskApiError(reply.error.code, reply.error.message)
}
