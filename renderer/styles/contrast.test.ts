import { describe, expect, it } from 'vitest'
import css from './base.css?raw'
import { contrastRatio, tokensOf } from './contrast'

/** Text colour / background pairs the stylesheets actually use for readable text. */
const TEXT_PAIRS: [string, string][] = [
  ['--text', '--bg'],
  ['--text', '--surface'],
  ['--text', '--surface-alt'],
  ['--text-muted', '--surface'],
  ['--text-muted', '--bg'],
  ['--primary-strong', '--surface'],
  ['--primary-strong', '--bg'],
  ['--on-primary', '--primary'],
  ['--on-primary', '--primary-strong'],
  ['--accent', '--primary-strong'],
  ['--on-crisis', '--crisis'],
  ['--crisis', '--surface'],
  ['--text', '--notice-urgent'],
  ['--text', '--notice-warning'],
  ['--text', '--notice-info'],
]

const normal = tokensOf(css, ':root')
const high = { ...normal, ...tokensOf(css, ":root[data-contrast='high']") }

function ratios(tokens: Record<string, string>) {
  return TEXT_PAIRS.map(([fg, bg]) => {
    const a = tokens[fg]
    const b = tokens[bg]
    if (a === undefined || b === undefined) throw new Error(`missing ${fg} or ${bg}`)
    return { pair: `${fg} on ${bg}`, ratio: Math.round(contrastRatio(a, b) * 100) / 100 }
  })
}

describe('colour tokens', () => {
  it('meet WCAG AA (4.5:1) for text in the normal theme', () => {
    expect(ratios(normal).filter((r) => r.ratio < 4.5)).toEqual([])
  })

  it('meet 7:1 for text in high-contrast mode', () => {
    expect(ratios(high).filter((r) => r.ratio < 7)).toEqual([])
  })

  it('contrastRatio matches known WCAG values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })
})
