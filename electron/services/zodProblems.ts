import { formatProblem } from '../../common/content/checks/problems'
import type { z } from 'zod'

/** A refusal reason tied to the place in the data it concerns (`''` = the whole value). */
export interface FieldProblem {
  path: string
  message: string
}

/** Renders a zod issue path the way staff read JSON: `services[3].locationIds[0]`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

/** Turns a zod error into path + message pairs so every refusal says where the bad value is. */
export function problemsFromZod(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: formatIssuePath([...issue.path, key]),
          message: 'unknown field',
        }))
      : [{ path: formatIssuePath(issue.path), message: issue.message }],
  )
}

/** One line per problem, for logs: `idleSeconds: Too small…; languages: …`. */
export function describeProblems(problems: readonly FieldProblem[]): string {
  return problems.map(formatProblem).join('; ')
}

/**
 * Parses JSON text without throwing; a syntax error is reported with line and column, because
 * V8's messages only give a character offset.
 */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    const position = /at position (\d+)/.exec(message)
    const offset = position ? Number(position[1]) : text.length
    const before = text.slice(0, offset).split('\n')
    const line = before.length
    const column = (before.at(-1)?.length ?? 0) + 1
    return { ok: false, reason: `invalid JSON at line ${line}, column ${column}: ${message}` }
  }
}

/**
 * Formats zod issues as `field: problem` lines, so a caller sees exactly which field is wrong.
 * Both hosts use it for refusals: the browser host for request bodies, Electron for IPC arguments.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)'
      return `${where}: ${issue.message}`
    })
    .join('; ')
}
