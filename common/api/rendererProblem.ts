import { z } from 'zod'

/**
 * What the renderer may write to the host's error log (`app.reportProblem`): a problem the
 * visitor never sees because the page worked around it (the street map fell back to the
 * sketch). Any page can call it, so the shape is narrow on purpose: one of a few kinds, and a
 * short technical detail in printable ASCII without web addresses — room for "Failed to
 * initialize WebGL", none for a place name, a tile address (which would say what a visitor
 * looked at) or a page that wants to fill the disk.
 */

/**
 * `map-webgl`: this screen cannot draw WebGL; `map-error`: the street map's style or tiles failed;
 * `map-walkgraph`: the packed walking graph could not be read (walks fall back to straight lines).
 */
export const RENDERER_PROBLEM_KINDS = ['map-webgl', 'map-error', 'map-walkgraph'] as const
export type RendererProblemKind = (typeof RENDERER_PROBLEM_KINDS)[number]

/** Longest detail the host takes; the renderer cuts longer messages itself (`problemDetail`). */
export const MAX_PROBLEM_DETAIL = 160

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const ADDRESS = /[a-z][a-z0-9+.-]*:\/\/\S*/gi

export const rendererProblemSchema = z
  .object({
    kind: z.enum(RENDERER_PROBLEM_KINDS),
    detail: z
      .string()
      .max(MAX_PROBLEM_DETAIL)
      .regex(PRINTABLE_ASCII, 'printable ASCII only')
      .refine((text) => !/:\/\//.test(text), 'no web addresses')
      .optional(),
  })
  .strict()
export type RendererProblem = z.infer<typeof rendererProblemSchema>

/**
 * An error as a detail the host accepts: its message with addresses replaced, anything outside
 * printable ASCII as `?`, cut to MAX_PROBLEM_DETAIL. Empty when there is nothing to say.
 */
export function problemDetail(error: unknown): string | undefined {
  if (error === undefined || error === null) return undefined
  const raw = error instanceof Error ? error.message : String(error)
  const text = raw
    .replace(ADDRESS, '[address]')
    .replace(/:\/\//g, ': //')
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim()
  if (!text) return undefined
  return text.length > MAX_PROBLEM_DETAIL ? `${text.slice(0, MAX_PROBLEM_DETAIL - 1)}~` : text
}
