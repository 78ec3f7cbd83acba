import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { z } from 'zod'
import { describeIssues } from '../services/zodProblems'

import { HttpError } from '../serve/httpError'

export { HttpError }

/**
 * DNS-rebinding defence: a page on another site that points its own name at 127.0.0.1 sends
 * that name in `Host`. Only requests addressed to the loopback names at our own port pass.
 */
export function checkHost(host: string | undefined, port: number): void {
  if (!host) throw new HttpError(400, 'the request has no Host header')
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!allowed.includes(host.toLowerCase())) {
    throw new HttpError(
      421,
      `Host "${host}" is not served here; use http://127.0.0.1:${port}/ (this server answers only on loopback)`,
    )
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}

/**
 * Checks the per-launch token of a state-changing request in constant time (both sides are
 * hashed first so their lengths match and the comparison leaks nothing about the token).
 */
export function checkToken(
  presented: string | string[] | undefined,
  token: string,
  missing = 'this request changes state and needs the X-Kiosk-Token header',
): void {
  if (typeof presented !== 'string' || presented === '') throw new HttpError(403, missing)
  if (!timingSafeEqual(digest(presented), digest(token))) {
    throw new HttpError(403, 'the launch token sent does not match this launch')
  }
}

/** Largest JSON body any route accepts; nothing the kiosk API takes comes close. */
export const MAX_BODY_BYTES = 16 * 1024

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new HttpError(413, `the body is larger than ${limit} bytes`))
  }
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let failed = false
    req.on('data', (chunk: Buffer) => {
      if (failed) return
      size += chunk.length
      if (size > limit) {
        failed = true
        reject(new HttpError(413, `the body is larger than ${limit} bytes`))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!failed) resolveBody(Buffer.concat(chunks))
    })
    req.on('error', (err) => {
      if (!failed) reject(new HttpError(400, `the body could not be read: ${err.message}`))
    })
  })
}

/**
 * Reads a JSON request body and parses it with `schema`. An empty body counts as `empty`.
 * Refuses (never throws anything but HttpError): a non-JSON content type (415), a body over
 * the limit (413), invalid JSON (400) or a body that does not match the schema (400, naming
 * each offending field).
 */
export async function readJsonBody<S extends z.ZodType>(
  req: IncomingMessage,
  schema: S,
  empty: unknown = {},
  limit = MAX_BODY_BYTES,
): Promise<z.infer<S>> {
  const type = req.headers['content-type'] ?? ''
  const raw = await readBody(req, limit)
  let value: unknown = empty
  if (raw.length > 0) {
    if (!/^application\/json\b/i.test(type)) {
      throw new HttpError(415, 'the body must be JSON (Content-Type: application/json)')
    }
    try {
      value = JSON.parse(raw.toString('utf8'))
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err)
      throw new HttpError(400, `the body is not valid JSON: ${reason}`)
    }
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success)
    throw new HttpError(400, `invalid body: ${describeIssues(parsed.error.issues)}`)
  return parsed.data
}
