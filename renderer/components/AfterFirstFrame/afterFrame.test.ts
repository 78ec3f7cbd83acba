import { describe, expect, it, vi } from 'vitest'
import { afterFrame } from './afterFrame'

/** A window whose animation frames and timers run only when the test says so. */
function fakeWindow({ hidden = false, frames = true } = {}) {
  const frameQueue = new Map<number, () => void>()
  const timers = new Map<number, () => void>()
  let next = 1
  const win = {
    document: { hidden },
    requestAnimationFrame: frames
      ? vi.fn((cb: () => void) => {
          frameQueue.set(next, cb)
          return next++
        })
      : undefined,
    cancelAnimationFrame: vi.fn((id: number) => frameQueue.delete(id)),
    setTimeout: vi.fn((cb: () => void) => {
      timers.set(next, cb)
      return next++
    }),
    clearTimeout: vi.fn((id: number) => timers.delete(id)),
  }
  const runAll = (queue: Map<number, () => void>) => {
    const due = [...queue.values()]
    queue.clear()
    for (const cb of due) cb()
  }
  return {
    win: win as unknown as Window,
    frame: () => runAll(frameQueue),
    tick: () => runAll(timers),
    pending: () => frameQueue.size + timers.size,
  }
}

describe('afterFrame', () => {
  it('runs the task in a task after two animation frames, not before', () => {
    const w = fakeWindow()
    const task = vi.fn()
    afterFrame(w.win, task)
    w.tick()
    expect(task).not.toHaveBeenCalled()
    w.frame() // the frame that paints the screen
    w.tick()
    expect(task).not.toHaveBeenCalled()
    w.frame() // the next frame has begun
    expect(task).not.toHaveBeenCalled()
    w.tick()
    expect(task).toHaveBeenCalledTimes(1)
    expect(w.pending()).toBe(0)
  })

  it('is cancelled at any stage: before the frames, between them, and with the timer set', () => {
    for (const stages of [0, 1, 2]) {
      const w = fakeWindow()
      const task = vi.fn()
      const cancel = afterFrame(w.win, task)
      for (let i = 0; i < stages; i++) w.frame()
      cancel()
      w.frame()
      w.frame()
      w.tick()
      expect(task, `cancelled after ${stages} frames`).not.toHaveBeenCalled()
      expect(w.pending()).toBe(0)
    }
  })

  it('uses a timer alone where no frame will come (hidden page, no animation frames)', () => {
    for (const options of [{ hidden: true }, { frames: false }]) {
      const w = fakeWindow(options)
      const task = vi.fn()
      afterFrame(w.win, task)
      w.tick()
      expect(task).toHaveBeenCalledTimes(1)
    }
    const w = fakeWindow({ hidden: true })
    const task = vi.fn()
    afterFrame(w.win, task)()
    w.tick()
    expect(task).not.toHaveBeenCalled()
  })
})
