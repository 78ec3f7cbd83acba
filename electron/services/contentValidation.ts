import { contentSchema, type Content } from '../../common/content/schema'
import { parseJsonText, problemsFromZod } from './zodProblems'

/** One finding about a content file; errors refuse the dataset, warnings are only reported. */
export interface ContentProblem {
  severity: 'error' | 'warning'
  path: string
  message: string
}

export interface ContentValidation {
  /** Set only when the dataset may be served (no errors). */
  content?: Content
  problems: ContentProblem[]
}

/**
 * The single place content files are judged before they are served. Until the semantic checker
 * (common/content/check.ts) lands this applies the zod shape only; switch the body to
 * `checkContentText(text, file)` then — callers do not change.
 */
export function validateContentText(text: string, _file: string): ContentValidation {
  const json = parseJsonText(text)
  if (!json.ok) return { problems: [{ severity: 'error', path: '', message: json.reason }] }
  const parsed = contentSchema.safeParse(json.value)
  if (parsed.success) return { content: parsed.data, problems: [] }
  return {
    problems: problemsFromZod(parsed.error).map((p) => ({ severity: 'error', ...p })),
  }
}
