import { describe, expect, it } from 'vitest'
import type { LogRecord } from './logger'
import { createRendererProblems } from './rendererProblems'

const HOUR = 60 * 60 * 1000

/** A problem log over a clock the test moves, with the records it wrote. */
function setup(options: { windowMs?: number; maxPerWindow?: number } = {}) {
  const records: LogRecord[] = []
  let t = 0
  const problems = createRendererProblems({
    log: (r) => records.push(r),
    now: () => t,
    ...options,
  })
  return { records, report: problems.reportProblem, advance: (ms: number) => (t += ms) }
}

describe('createRendererProblems', () => {
  it('writes a report as a warning of the renderer area, in words staff can read', () => {
    const { records, report } = setup()
    report({ kind: 'map-webgl', detail: 'Failed to initialize WebGL' })
    expect(records).toEqual([
      {
        level: 'warn',
        area: 'renderer',
        message: expect.stringMatching(/cannot draw WebGL.*sketch: Failed to initialize WebGL$/),
      },
    ])
  })

  it('writes the same kind and detail once a day, then again, saying how many it left out', () => {
    const { records, report, advance } = setup()
    for (let i = 0; i < 50; i++) {
      report({ kind: 'map-webgl' })
      advance(HOUR / 10)
    }
    expect(records).toHaveLength(1)
    advance(24 * HOUR)
    report({ kind: 'map-webgl' })
    expect(records).toHaveLength(2)
    expect(records[1]!.message).toContain('(49 repeated or further reports before this')
    report({ kind: 'map-webgl' })
    expect(records).toHaveLength(2)
  })

  it('keeps different kinds and details apart', () => {
    const { records, report } = setup()
    report({ kind: 'map-webgl' })
    report({ kind: 'map-error', detail: 'style failed' })
    report({ kind: 'map-error', detail: 'tile failed' })
    report({ kind: 'map-error', detail: 'style failed' })
    expect(
      records.map((r) => r.message.replace(/^street map (\w+).*?(: [\w ]+)?$/, '$1$2')),
    ).toEqual(['unavailable', 'failed: style failed', 'failed: tile failed'])
  })

  it('writes at most maxPerWindow entries a window however many different details a page sends', () => {
    const { records, report, advance } = setup({ windowMs: HOUR, maxPerWindow: 3 })
    for (let i = 0; i < 1000; i++) report({ kind: 'map-error', detail: `lie ${i}` })
    expect(records.map((r) => r.message.slice(-5))).toEqual(['lie 0', 'lie 1', 'lie 2'])
    advance(HOUR)
    report({ kind: 'map-error', detail: 'later' })
    expect(records).toHaveLength(4)
    expect(records[3]!.message).toContain(': later (997 repeated or further reports')
  })
})
