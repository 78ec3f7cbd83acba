/** A resource file is a tree of strings; anything else is a build mistake, reported at start. */
export type ResourceTree = { [key: string]: string | ResourceTree }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`

/**
 * Checks that a resource file is a tree of strings and returns it as one; a wrong leaf throws
 * with the file and the key (`zh-Hans/common.json: "nav.back" is a number, not text`).
 *
 * A plain walk rather than a zod schema: the Chinese files are checked on every start-up, before
 * the first screen, and a recursive union of records cost ~9 ms there for a check this simple.
 */
export function resourceTree(file: string, data: unknown): ResourceTree {
  if (!isPlainObject(data)) throw new Error(`${file}: is ${kindOf(data)}, not a table of texts`)
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') continue
      const at = `${prefix}${key}`
      if (!isPlainObject(value)) throw new Error(`${file}: "${at}" is ${kindOf(value)}, not text`)
      walk(value, `${at}.`)
    }
  }
  walk(data, '')
  return data as ResourceTree
}
