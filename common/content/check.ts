import { controlCharProblems } from './checks/controlChars'
import { duplicateIdProblems } from './checks/ids'
import { freshnessProblems } from './checks/freshness'
import { findJsonSyntaxError } from './checks/jsonSyntax'
import { plainLanguageProblems } from './checks/plainLanguage'
import type { CheckResult, Problem } from './checks/problems'
import { error } from './checks/problems'
import { referenceProblems } from './checks/references'
import { shapeProblems } from './checks/shape'
import { textProblems } from './checks/text'
import { unconfirmedProblems } from './checks/unconfirmed'
import { valueProblems } from './checks/values'
import type { z } from 'zod'
import type { Content } from './schema'
import { contentSchema } from './schema'

export type { CheckResult, Problem } from './checks/problems'

type Issue = z.core.$ZodIssue

const result = (problems: Problem[], content?: Content): CheckResult => ({
  ...(content === undefined ? {} : { content }),
  problems,
  ok: problems.every((p) => p.severity !== 'error'),
})

/** `today` (a China calendar day) turns on the warnings about facts getting old. */
export type CheckOptions = { today?: string }

function semanticProblems(content: Content, options: CheckOptions = {}): Problem[] {
  return [
    ...duplicateIdProblems(content),
    ...referenceProblems(content),
    ...valueProblems(content),
    ...textProblems(content),
    ...controlCharProblems(content),
    ...plainLanguageProblems(content),
    ...unconfirmedProblems(content),
    ...(options.today === undefined ? [] : freshnessProblems(content, options.today)),
  ]
}

/**
 * When unknown fields are the only shape problem, the rest of the document is still checked
 * (with those fields left out), so one typo does not hide every other mistake in the file.
 */
function checkedWithoutUnknownFields(
  raw: unknown,
  issues: readonly Issue[],
  options: CheckOptions,
): Problem[] {
  if (!issues.every((i) => i.code === 'unrecognized_keys')) return []
  const copy: unknown = structuredClone(raw)
  for (const issue of issues) {
    const owner = issue.path.reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' ? Reflect.get(node, key) : undefined,
      copy,
    )
    if (owner === null || typeof owner !== 'object' || issue.code !== 'unrecognized_keys') continue
    for (const key of issue.keys) Reflect.deleteProperty(owner, key)
  }
  const reparsed = contentSchema.safeParse(copy)
  return reparsed.success ? semanticProblems(reparsed.data, options) : []
}

/**
 * Validates a parsed content document: first its shape (schema), then — once the shape is
 * sound — the meaning: ids, references, values, text, and facts awaiting confirmation.
 * Never throws; any input yields problems with JSON paths a content author can follow. Given
 * `options.today`, it also warns about review dates and checked-on dates getting old.
 */
export function checkContent(raw: unknown, options: CheckOptions = {}): CheckResult {
  const parsed = contentSchema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues
    return result([
      ...shapeProblems(issues, raw),
      ...checkedWithoutUnknownFields(raw, issues, options),
    ])
  }
  return result(semanticProblems(parsed.data, options), parsed.data)
}

/**
 * Checks content given as JSON text; a syntax error is reported as `file:line:column` so an
 * author can jump straight to it. A leading byte-order mark (Windows editors add one) is allowed.
 */
export function checkContentText(
  text: string,
  file: string,
  options: CheckOptions = {},
): CheckResult {
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
  return checkContent(raw, options)
}
