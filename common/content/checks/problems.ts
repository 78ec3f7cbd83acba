import type { Content } from '../schema'

/** One finding about a content file: errors refuse the content, warnings only inform staff. */
export type Problem = { severity: 'error' | 'warning'; path: string; message: string }
/** `ok` means no errors; `content` is set once the shape is valid (even if semantics fail). */
export type CheckResult = { content?: Content; problems: Problem[]; ok: boolean }

export type PathSegment = string | number
/** Shown as the path of problems about the document as a whole. */
export const ROOT_PATH = '(top level)'

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/

/** A JSON path as people read it: `services[3].locationIds[0]`, `services[0].name.zh-Hans`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = ''
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`
    else out += `[${JSON.stringify(segment)}]`
  }
  return out === '' ? ROOT_PATH : out
}

/**
 * One problem as a line people read: `path: message`, or the message alone when it is about the
 * whole document (no path, or the top level). The one formatter for content and field problems.
 */
export function formatProblem(p: { path?: string; message: string }): string {
  return p.path && p.path !== ROOT_PATH ? `${p.path}: ${p.message}` : p.message
}

/** The error problems of a list, formatted, the first `limit`, with "(+N more)" for the rest. */
export function summarizeErrors(problems: readonly Problem[], limit = 3): string {
  const errors = problems.filter((p) => p.severity === 'error')
  const first = errors.slice(0, limit).map(formatProblem)
  const more = errors.length > first.length ? ` (+${errors.length - first.length} more)` : ''
  return `${first.join('; ')}${more}`
}

/** A problem that makes the kiosk refuse the content. */
export const error = (path: string, message: string): Problem => ({
  severity: 'error',
  path,
  message,
})
/** A problem staff should see; the content is still accepted. */
export const warning = (path: string, message: string): Problem => ({
  severity: 'warning',
  path,
  message,
})
