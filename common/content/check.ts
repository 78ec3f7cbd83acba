import { duplicateIdProblems } from './checks/ids'
import { findJsonSyntaxError } from './checks/jsonSyntax'
import type { CheckResult, Problem } from './checks/problems'
import { error } from './checks/problems'
import { referenceProblems } from './checks/references'
import { shapeProblems } from './checks/shape'
import { textProblems } from './checks/text'
import { unconfirmedProblems } from './checks/unconfirmed'
import { valueProblems } from './checks/values'
import type { Content } from './schema'
import { contentSchema } from './schema'

export type { CheckResult, Problem } from './checks/problems'

const result = (problems: Problem[], content?: Content): CheckResult => ({
  ...(content === undefined ? {} : { content }),
  problems,
  ok: problems.every((p) => p.severity !== 'error'),
})

/**
 * Validates a parsed content document: first its shape (schema), then — only once the shape
 * is sound — the meaning: ids, references, values, text, and facts awaiting confirmation.
 * Never throws; any input yields problems with JSON paths a content author can follow.
 */
export function checkContent(raw: unknown): CheckResult {
  const parsed = contentSchema.safeParse(raw)
  if (!parsed.success) return result(shapeProblems(parsed.error.issues, raw))
  const content = parsed.data
  return result(
    [
      ...duplicateIdProblems(content),
      ...referenceProblems(content),
      ...valueProblems(content),
      ...textProblems(content),
      ...unconfirmedProblems(content),
    ],
    content,
  )
}

/**
 * Checks content given as JSON text; a syntax error is reported as `file:line:column` so an
 * author can jump straight to it. A leading byte-order mark (Windows editors add one) is allowed.
 */
export function checkContentText(text: string, file: string): CheckResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch {
    const syntax = findJsonSyntaxError(body)
    const where = syntax ? `${file}:${syntax.line}:${syntax.column}` : file
    return result([
      error(where, `invalid JSON: ${syntax?.message ?? 'the text cannot be read as JSON'}`),
    ])
  }
  return checkContent(raw)
}
