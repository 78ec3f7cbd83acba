/**
 * Finds the first JSON syntax error in a text and says where it is. `JSON.parse` messages and
 * positions differ between Node, Electron and Chromium versions; staff need the same plain
 * message and exact line and column everywhere, so the check scans the text itself.
 */
export type JsonSyntaxError = { line: number; column: number; message: string }

class SyntaxFailure extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message)
  }
}

const MAX_DEPTH = 512
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

class Scanner {
  private i = 0
  constructor(private readonly text: string) {}

  scan(): void {
    this.value(0)
    this.skipSpace()
    if (this.i < this.text.length) this.fail('unexpected text after the end of the JSON value')
  }

  private fail(message: string, offset = this.i): never {
    throw new SyntaxFailure(offset, message)
  }

  private skipSpace(): void {
    while (' \t\n\r'.includes(this.text[this.i] ?? 'x')) this.i++
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail('nested too deeply')
    this.skipSpace()
    const c = this.text[this.i]
    if (c === undefined) this.fail('unexpected end of file: a value is missing')
    if (c === '{') return this.container(depth, '}')
    if (c === '[') return this.container(depth, ']')
    if (c === '"') return this.string()
    if (c === '-' || (c >= '0' && c <= '9')) return this.number()
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length
        return
      }
    }
    const token = /^[^\s,:{}[\]"]+/.exec(this.text.slice(this.i))?.[0] ?? c
    this.fail(`unexpected ${JSON.stringify(token)} (text must be in double quotes)`)
  }

  private container(depth: number, close: '}' | ']'): void {
    const isObject = close === '}'
    this.i++
    this.skipSpace()
    if (this.text[this.i] === close) {
      this.i++
      return
    }
    for (;;) {
      this.skipSpace()
      if (isObject) {
        if (this.text[this.i] !== '"') this.fail('expected a property name in double quotes')
        this.string()
        this.skipSpace()
        if (this.text[this.i] !== ':') this.fail("expected ':' after the property name")
        this.i++
      }
      this.value(depth + 1)
      this.skipSpace()
      const next = this.text[this.i]
      if (next === close) {
        this.i++
        return
      }
      if (next === undefined) this.fail(`unexpected end of file: missing '${close}'`)
      if (next !== ',') {
        this.fail(`expected ',' or '${close}' after ${isObject ? 'a property value' : 'an item'}`)
      }
      const comma = this.i++
      this.skipSpace()
      if (this.text[this.i] === close) this.fail(`trailing comma before '${close}'`, comma)
    }
  }

  private string(): void {
    const start = this.i++
    for (;;) {
      const c = this.text[this.i]
      if (c === undefined) this.fail('unterminated string', start)
      if (c === '"') {
        this.i++
        return
      }
      if (c < ' ') this.fail('line break or control character inside a string (write \\n)')
      if (c === '\\') {
        const e = this.text[this.i + 1] ?? ''
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) {
          this.i += 6
          continue
        }
        if (!ESCAPES.has(e)) this.fail(`invalid escape "\\${e}" in a string`)
        this.i += 2
        continue
      }
      this.i++
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i))
    const token = /^[-+.\w]+/.exec(this.text.slice(this.i))?.[0] ?? ''
    if (!match || match[0].length !== token.length) this.fail(`"${token}" is not a valid number`)
    this.i += match[0].length
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/** The first syntax error with its 1-based line and column, or undefined for valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new Scanner(text).scan()
    return undefined
  } catch (e) {
    if (!(e instanceof SyntaxFailure)) throw e
    return { ...lineAndColumn(text, e.offset), message: e.message }
  }
}
