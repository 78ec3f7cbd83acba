import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StatsEvent } from '../../common/stats/schema'
import { createStatsRecorder } from './recorder'

const session: StatsEvent = { kind: 'session' }
const home: StatsEvent = { kind: 'view', screen: 'home' }

describe('stats recorder', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('sends nothing at once, then one batch after the delay', () => {
    const sent: StatsEvent[][] = []
    const recorder = createStatsRecorder(async (events) => void sent.push(events), {
      delayMs: 2000,
    })
    recorder.record(session)
    recorder.record(home)
    expect(sent).toEqual([])
    vi.advanceTimersByTime(2000)
    expect(sent).toEqual([[session, home]])
  })

  it('sends as soon as a batch is full', () => {
    const sent: StatsEvent[][] = []
    const recorder = createStatsRecorder(async (events) => void sent.push(events), { maxBatch: 3 })
    for (let i = 0; i < 7; i++) recorder.record(home)
    expect(sent.map((b) => b.length)).toEqual([3, 3])
    recorder.flush()
    expect(sent.map((b) => b.length)).toEqual([3, 3, 1])
  })

  it('never throws at the caller when the host fails, and reports it', async () => {
    const errors: unknown[] = []
    const recorder = createStatsRecorder(
      () => {
        throw new Error('host gone')
      },
      { onError: (e) => errors.push(e) },
    )
    recorder.record(session)
    expect(() => recorder.flush()).not.toThrow()
    const rejecting = createStatsRecorder(() => Promise.reject(new Error('500')), {
      onError: (e) => errors.push(e),
    })
    rejecting.record(session)
    rejecting.flush()
    await vi.runAllTimersAsync()
    expect(errors.map(String)).toEqual(['Error: host gone', 'Error: 500'])
  })

  it('is a no-op on a host without stats', () => {
    const recorder = createStatsRecorder(undefined)
    recorder.record(session)
    expect(vi.getTimerCount()).toBe(0)
  })
})
