import type { Content } from '../schema'
import type { PathSegment, Problem } from './problems'
import { error, formatPath } from './problems'

/**
 * Characters no content text may hold: C0 controls other than tab, line feed and carriage return
 * (whitespace an editor or a spreadsheet cell may leave), DEL, C1 controls, and the bidi
 * embeddings, overrides and isolates (U+202A–202E, U+2066–2069). An `ESC ] 0; … BEL ESC [2J` in a
 * name retitles and clears the terminal that `confirm-list` prints to; a right-to-left override
 * makes a number or a name read differently from what was signed off.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu')
/** What a terminal must not be handed raw: the above, and a carriage return (it hides text). */
// eslint-disable-next-line no-control-regex -- as above
const SHOWN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu

const codePoint = (c: string) =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** The character as people can read it in a message: `U+001B`. */
function describe(c: string): string {
  const bidi = /[\u202A-\u202E\u2066-\u2069]/u.test(c)
  return `${bidi ? 'a text-direction control' : 'a control character'} (${codePoint(c)})`
}

/**
 * Every string in the content (visitor text, phone numbers, hours, who confirmed…) holding a
 * forbidden character is an error at its JSON path, e.g. `services[0].name.zh-Hans`.
 */
export function controlCharProblems(content: Content): Problem[] {
  const problems: Problem[] = []
  const walk = (value: unknown, path: PathSegment[]): void => {
    if (typeof value === 'string') {
      const found = value.match(FORBIDDEN)
      if (found) {
        const count = value.match(FORBIDDEN_ALL)?.length ?? 1
        const more = count > 1 ? ` and ${count - 1} more` : ''
        problems.push(
          error(
            formatPath(path),
            `contains ${describe(found[0])}${more} — remove it: content text may not hold terminal or text-direction controls`,
          ),
        )
      }
    } else if (value !== null && typeof value === 'object') {
      // One path array, pushed and popped: content with 10,000 places has ~10^6 strings.
      for (const [key, v] of Object.entries(value)) {
        path.push(Array.isArray(value) ? Number(key) : key)
        walk(v, path)
        path.pop()
      }
    }
  }
  walk(content, [])
  return problems
}

/**
 * `text` with every control a terminal or a reviewer could be fooled by written out as
 * `<U+001B>`, so office tools never print them raw. Tab and line feed are left as they are.
 */
export function showControls(text: string): string {
  return text.replace(SHOWN, (c) => `<${codePoint(c)}>`)
}

/**
 * JSON text with the same controls as `\uXXXX` escapes: the value read back is unchanged, but
 * nothing raw reaches a terminal (JSON.stringify escapes only U+0000–U+001F).
 */
export function jsonWithoutControls(json: string): string {
  return json.replace(SHOWN, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
}
