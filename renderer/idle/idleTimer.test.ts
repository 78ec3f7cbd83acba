import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createIdleTimer, type IdlePhase } from './idleTimer'

function setup(idleSeconds = 60, promptSeconds = 20) {
  const phases: IdlePhase[] = []
  const onExpire = vi.fn()
  const timer = createIdleTimer({
    idleSeconds,
    promptSeconds,
    onChange: (p) => phases.push(p),
    onExpire,
  })
  return { timer, phases, onExpire }
}

describe('createIdleTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks "still there?" only after the full idle time', () => {
    const { phases } = setup(60, 20)
    vi.advanceTimersByTime(59_999)
    expect(phases).toEqual([])
    vi.advanceTimersByTime(1)
    expect(phases).toEqual([{ kind: 'prompt', secondsLeft: 20 }])
  })

  it('counts the prompt down once per second, then expires exactly once', () => {
    const { phases, onExpire } = setup(30, 20)
    vi.advanceTimersByTime(30_000 + 19_000)
    expect(phases.at(-1)).toEqual({ kind: 'prompt', secondsLeft: 1 })
    expect(phases).toHaveLength(20)
    expect(onExpire).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1000)
    expect(onExpire).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(600_000)
    expect(onExpire).toHaveBeenCalledTimes(1)
  })

  it('restarts the idle wait on activity', () => {
    const { timer, phases } = setup(60, 20)
    vi.advanceTimersByTime(50_000)
    timer.activity()
    vi.advanceTimersByTime(50_000)
    expect(phases).toEqual([])
    vi.advanceTimersByTime(10_000)
    expect(phases).toEqual([{ kind: 'prompt', secondsLeft: 20 }])
  })

  it('ignores stray activity while the prompt shows; resume() dismisses it', () => {
    const { timer, phases, onExpire } = setup(20, 20)
    vi.advanceTimersByTime(25_000)
    timer.activity()
    expect(phases.at(-1)).toEqual({ kind: 'prompt', secondsLeft: 15 })
    timer.resume()
    expect(phases.at(-1)).toEqual({ kind: 'active' })
    vi.advanceTimersByTime(19_999)
    expect(phases.at(-1)).toEqual({ kind: 'active' })
    expect(onExpire).not.toHaveBeenCalled()
  })

  it('does nothing after stop()', () => {
    const { timer, phases, onExpire } = setup(20, 20)
    timer.stop()
    timer.activity()
    timer.resume()
    vi.advanceTimersByTime(600_000)
    expect(phases).toEqual([])
    expect(onExpire).not.toHaveBeenCalled()
  })
})
