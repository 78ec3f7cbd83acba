import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from './jsonSyntax'

describe('findJsonSyntaxError', () => {
  it.each(['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]}', ' "text" ', '0'])(
    'accepts valid JSON %s',
    (text) => {
      expect(() => JSON.parse(text)).not.toThrow()
      expect(findJsonSyntaxError(text)).toBeUndefined()
    },
  )

  it.each([
    ['{"a": 1,}', 1, 8, "trailing comma before '}'"],
    ['[1, 2,\n]', 1, 6, "trailing comma before ']'"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}' after a property value"],
    ['{\n  a: 1\n}', 2, 3, 'expected a property name in double quotes'],
    ['{"a" 1}', 1, 6, "expected ':' after the property name"],
    ['{"a": yes}', 1, 7, 'unexpected "yes" (text must be in double quotes)'],
    ['{"a": 01}', 1, 7, '"01" is not a valid number'],
    ['{"a": "x\ny"}', 1, 9, 'line break or control character inside a string (write \\n)'],
    ['{"a": "\\q"}', 1, 8, 'invalid escape "\\q" in a string'],
    ['{"a": "open', 1, 7, 'unterminated string'],
    ['[1] [2]', 1, 5, 'unexpected text after the end of the JSON value'],
    ['', 1, 1, 'unexpected end of file: a value is missing'],
  ])('finds the error in %j at %i:%i', (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(findJsonSyntaxError(text)).toEqual({ line, column, message })
  })

  it('counts columns in characters on the line of the error', () => {
    expect(findJsonSyntaxError('{\n  "名称": "救助站",\n}')).toEqual({
      line: 2,
      column: 14,
      message: "trailing comma before '}'",
    })
  })
})
