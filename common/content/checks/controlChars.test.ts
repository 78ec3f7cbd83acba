import { describe, expect, it } from 'vitest'
import { checkContent } from '../check'
import { validContent } from '../fixtures/validContent'
import type { Content } from '../schema'
import { jsonWithoutControls, showControls } from './controlChars'

/** Finding 6 of issue 23: content text holding terminal or text-direction controls. */
const TERMINAL_ATTACK = '\u001b]0;pwned\u0007\u001b[2J'

function withText(change: (c: Content) => void) {
  const copy = structuredClone(validContent)
  change(copy)
  return checkContent(copy)
}

const errorsOf = (result: ReturnType<typeof checkContent>) =>
  result.problems.filter((p) => p.severity === 'error')

describe('control characters in content text', () => {
  it('refuses an escape sequence in a name, naming the field path and the character', () => {
    const result = withText((c) => {
      c.services[0]!.name.en = `Night shelter${TERMINAL_ATTACK}`
    })
    expect(result.ok).toBe(false)
    expect(errorsOf(result)).toEqual([
      {
        severity: 'error',
        path: 'services[0].name.en',
        message: expect.stringMatching(/^contains a control character \(U\+001B\) and 2 more/),
      },
    ])
  })

  it.each([
    ['right-to-left override', '\u202E'],
    ['first-strong isolate', '\u2068'],
    ['C1 control (CSI)', '\u009B'],
    ['DEL', '\u007F'],
    ['NUL', '\u0000'],
  ])('refuses a %s in text that is not localized too (who confirmed a fact)', (_, char) => {
    const result = withText((c) => {
      c.services[0]!.lastConfirmed = { by: `Civil affairs${char} office`, on: '2021-01-05' }
    })
    expect(errorsOf(result)).toEqual([
      {
        severity: 'error',
        path: 'services[0].lastConfirmed.by',
        message: expect.stringMatching(
          /^contains a (control character|text-direction control) \(U\+/,
        ),
      },
    ])
  })

  it('keeps tab and line breaks, which text may use (a notice is split into paragraphs)', () => {
    const result = withText((c) => {
      c.services[0]!.summary.en = 'First line.\nSecond line.\r\nThird\tline.'
    })
    expect(errorsOf(result)).toEqual([])
  })

  it('shows controls as <U+XXXX> for terminals and proofs, and escapes them in JSON', () => {
    expect(showControls(`a${TERMINAL_ATTACK}b\r\u202Ec\n\td`)).toBe(
      'a<U+001B>]0;pwned<U+0007><U+001B>[2Jb<U+000D><U+202E>c\n\td',
    )
    const json = jsonWithoutControls(JSON.stringify({ name: 'x\u202Ey\u009B' }))
    expect(json).toBe('{"name":"x\\u202ey\\u009b"}')
    expect(JSON.parse(json)).toEqual({ name: 'x\u202Ey\u009B' })
  })
})
