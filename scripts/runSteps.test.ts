import { describe, expect, it } from 'vitest'
import { formatDuration, runGroup, runLive, timingLines, type Step } from './runSteps.mjs'

/** A step that runs a few lines of JavaScript with this Node. */
const script = (name: string, code: string): Step => ({
  name,
  command: process.execPath,
  args: ['-e', code],
})

describe('formatDuration', () => {
  it('shows seconds with one decimal below a minute, minutes and seconds above', () => {
    expect(formatDuration(12_345)).toBe('12.3 s')
    expect(formatDuration(125_000)).toBe('2 min 05 s')
    expect(formatDuration(-5)).toBe('0.0 s')
  })
})

describe('runGroup', () => {
  it('prints each step whole, never two steps interleaved, and keeps the given order', async () => {
    const lines: string[] = []
    // `slow` writes one line before and one after `fast` has written both of its own: passed
    // straight through, the lines would interleave.
    const slow = script(
      'slow',
      "console.log('slow 1'); setTimeout(() => { console.error('slow 2') }, 300)",
    )
    const fast = script('fast', "console.log('fast 1'); console.log('fast 2')")
    const results = await runGroup([slow, fast], {
      cwd: process.cwd(),
      concurrency: 2,
      log: (l) => lines.push(l),
    })
    expect(results.map((r) => [r.name, r.ok])).toEqual([
      ['slow', true],
      ['fast', true],
    ])
    const blocks = lines.slice(1)
    expect(blocks).toHaveLength(2)
    expect(blocks.find((b) => b.includes('slow 1'))).toMatch(/slow 1\nslow 2\n✔ slow \(/)
    expect(blocks.find((b) => b.includes('fast 1'))).toMatch(/fast 1\nfast 2\n✔ fast \(/)
  })

  it('starts no further step after a failure, and reports the failure', async () => {
    const lines: string[] = []
    const results = await runGroup(
      [script('breaks', 'process.exit(3)'), script('never', "console.log('ran')")],
      { cwd: process.cwd(), concurrency: 1, log: (l) => lines.push(l) },
    )
    expect(results.map((r) => [r.name, r.ok])).toEqual([['breaks', false]])
    expect(lines.join('\n')).toContain('✘ breaks (')
    expect(lines.join('\n')).not.toContain('ran')
  })

  it('says why a command could not start instead of hanging', async () => {
    const missing: Step = { name: 'missing', command: '/nonexistent/tool', args: [] }
    const [result] = await runGroup([missing], { cwd: process.cwd(), log: () => undefined })
    expect(result?.ok).toBe(false)
    expect(result?.output).toContain('Could not start /nonexistent/tool')
  })
})

describe('runLive', () => {
  it('passes the exit status on', async () => {
    const log = () => undefined
    expect((await runLive(script('ok', ''), { cwd: process.cwd(), log })).ok).toBe(true)
    expect((await runLive(script('no', 'process.exit(1)'), { cwd: process.cwd(), log })).ok).toBe(
      false,
    )
  })
})

describe('timingLines', () => {
  it('lists every step with its time, marks failures and ends with the total', () => {
    const lines = timingLines(
      [
        { name: 'typecheck', ok: true, ms: 20_000 },
        { name: 'e2e', ok: false, ms: 300_000 },
      ],
      330_000,
    )
    expect(lines[1]).toMatch(/typecheck\s+20\.0 s$/)
    expect(lines[2]).toMatch(/e2e\s+5 min 00 s {2}✘$/)
    expect(lines.at(-1)).toMatch(/total\s+5 min 30 s$/)
  })
})
