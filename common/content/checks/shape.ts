import type { z } from 'zod'
import type { PathSegment, Problem } from './problems'
import { error, formatPath } from './problems'

type Issue = z.core.$ZodIssue

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PropertyKey, unknown>)[key]
  }
  return node
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`
  return `${typeof value} ${String(value)}`
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
}

const FORMATS: Record<string, string> = {
  date: 'a calendar date written YYYY-MM-DD',
  datetime: 'a date-time with its offset, e.g. 2021-01-19T10:00:00+08:00',
  regex: 'the required pattern',
}

function sizeMessage(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small'
  const limit = Number(small ? issue.minimum : issue.maximum)
  if (issue.origin === 'string') {
    return small && limit <= 1
      ? 'must not be empty'
      : `must be ${small ? 'at least' : 'at most'} ${limit} characters`
  }
  if (issue.origin === 'array') {
    return `needs ${small ? 'at least' : 'at most'} ${limit} item${limit === 1 ? '' : 's'}`
  }
  return `must be ${small ? 'at least' : 'at most'} ${limit}`
}

function messageFor(issue: Issue, value: unknown): string {
  const last = issue.path[issue.path.length - 1]
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return last === 'zh-Hans'
      ? 'missing Simplified Chinese (zh-Hans) text — it is required'
      : 'missing — this field is required'
  }
  switch (issue.code) {
    case 'invalid_type': {
      return `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(value)}`
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue)
    case 'invalid_format':
      if (issue.format === 'regex') return issue.message
      return `${describe(value)} is not ${FORMATS[issue.format] ?? `a valid ${issue.format}`}`
    case 'invalid_value':
      return `${describe(value)} is not one of: ${issue.values.map((v) => String(v)).join(', ')}`
    case 'invalid_key':
      return `the key ${JSON.stringify(last)} is not valid: ${issue.issues[0]?.message ?? issue.message}`
    default:
      return issue.message
  }
}

/**
 * Turns zod's issues into problems with readable JSON paths and plain messages; each unknown
 * field becomes its own problem, named by its path, so a typo such as `adress` is easy to find.
 */
export function shapeProblems(issues: readonly Issue[], raw: unknown): Problem[] {
  const problems: Problem[] = []
  for (const issue of issues) {
    const path = issue.path as PathSegment[]
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const message = `unknown field "${key}" — remove it or check its spelling`
        problems.push(error(formatPath([...path, key]), message))
      }
      continue
    }
    problems.push(error(formatPath(path), messageFor(issue, valueAt(raw, path))))
  }
  return problems
}
