/** The timer functions the idle logic needs; injected so tests can use fake timers or a fake clock. */
export type TimerApi = {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export type IdlePhase = { kind: 'active' } | { kind: 'prompt'; secondsLeft: number }

export type IdleTimerOptions = {
  idleSeconds: number
  /** How long "Still there?" waits for a tap before the session ends. */
  promptSeconds: number
  onChange(phase: IdlePhase): void
  onExpire(): void
  timers?: TimerApi
}

export type IdleTimer = {
  /** A touch, key or scroll while no prompt is showing: restart the idle wait. */
  activity(): void
  /** The visitor answered the prompt ("Yes, continue"): back to the idle wait. */
  resume(): void
  stop(): void
}

const browserTimers: TimerApi = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/**
 * Idle detection for a shared screen: after `idleSeconds` without activity it asks "Still there?"
 * and counts down `promptSeconds` (one onChange per second), then calls onExpire once.
 * While the prompt shows, stray activity does not dismiss it: only `resume()` does, so a tap on
 * "Start over" is never swallowed by the prompt closing under the finger.
 */
export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  const timers = options.timers ?? browserTimers
  let handle: unknown
  let phase: IdlePhase = { kind: 'active' }
  let stopped = false

  const clear = () => {
    if (handle !== undefined) timers.clearTimeout(handle)
    handle = undefined
  }
  const setPhase = (next: IdlePhase) => {
    phase = next
    options.onChange(next)
  }
  const countDown = (secondsLeft: number) => {
    if (secondsLeft <= 0) {
      handle = undefined
      stopped = true
      options.onExpire()
      return
    }
    setPhase({ kind: 'prompt', secondsLeft })
    handle = timers.setTimeout(() => countDown(secondsLeft - 1), 1000)
  }
  const waitIdle = () => {
    clear()
    handle = timers.setTimeout(() => countDown(options.promptSeconds), options.idleSeconds * 1000)
  }

  waitIdle()
  return {
    activity() {
      if (!stopped && phase.kind === 'active') waitIdle()
    },
    resume() {
      if (stopped) return
      if (phase.kind !== 'active') setPhase({ kind: 'active' })
      waitIdle()
    },
    stop() {
      stopped = true
      clear()
    },
  }
}
