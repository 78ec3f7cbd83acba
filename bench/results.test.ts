import { describe, expect, it } from 'vitest'
import { formatMarkdown, formatTable, type Figure } from './results'

const figures: Figure[] = [
  {
    section: 'tap latency',
    name: 'p95',
    value: 134.6,
    unit: 'ms',
    budget: '≤ 100 ms',
    pass: false,
  },
  { section: 'tap latency', name: 'p50', value: 46.3, unit: 'ms' },
  {
    section: 'size',
    name: 'JS gzipped',
    value: 150.25,
    unit: 'KB',
    budget: '< 250 KB',
    pass: true,
  },
  { section: 'size', name: 'installed app', value: 'not buildable here', unit: '' },
  {
    section: 'endurance',
    name: 'growth',
    value: Number.NaN,
    unit: '%',
    budget: '≤ 10%',
    pass: false,
  },
]

describe('formatTable', () => {
  const lines = formatTable(figures).split('\n')

  it('prints each figure with its value, budget and pass/SHORT mark', () => {
    expect(lines[2]).toMatch(/^tap latency\s+p95\s+135 ms\s+≤ 100 ms\s+SHORT$/)
    expect(lines[4]).toMatch(/^size\s+JS gzipped\s+150 KB\s+< 250 KB\s+pass$/)
  })

  it('leaves the mark empty for figures without a budget and names the section once', () => {
    expect(lines[3]).toMatch(/^\s+p50\s+46\.3 ms$/)
    expect(lines[5]).toMatch(/^\s+installed app\s+not buildable here$/)
  })

  it('shows a missing measurement as n/a, never as a number', () => {
    expect(lines[6]).toMatch(/growth\s+n\/a %\s+≤ 10%\s+SHORT$/)
  })
})

describe('formatMarkdown', () => {
  it('writes one table row per figure', () => {
    const rows = formatMarkdown(figures).split('\n')
    expect(rows).toHaveLength(figures.length + 2)
    expect(rows[2]).toBe('| tap latency | p95 | 135 ms | ≤ 100 ms | SHORT |')
  })
})
