import { describe, expect, it } from 'vitest'
import {
  IDLE,
  KEY_SEQUENCE,
  nextGesture,
  nextKeys,
  type GestureEvent,
  type GestureState,
  type KeyPress,
} from './secretGesture'

function run(events: GestureEvent[]): { state: GestureState; unlocked: boolean } {
  let out = { state: IDLE, unlocked: false }
  for (const e of events) {
    out = nextGesture(out.state, e)
    if (out.unlocked) return out
  }
  return out
}

const down = (at: number): GestureEvent => ({ type: 'corner-down', at, x: 10, y: 10 })
const up = (at: number): GestureEvent => ({ type: 'corner-up', at })
const tap = (at: number): GestureEvent => ({ type: 'confirm-tap', at })

describe('nextGesture', () => {
  it('unlocks after a 3 s hold and two confirming taps within 3 s', () => {
    expect(run([down(0), up(3000), tap(3500), tap(5900)]).unlocked).toBe(true)
  })

  it('a tap or a short hold on the corner does nothing', () => {
    expect(run([down(0), up(150), tap(300), tap(400)]).unlocked).toBe(false)
    expect(run([down(0), up(2999), tap(3100), tap(3200)]).unlocked).toBe(false)
  })

  it('one confirming tap is not enough, and taps after the window do not count', () => {
    expect(run([down(0), up(3000), tap(3100)])).toMatchObject({ unlocked: false })
    expect(run([down(0), up(3000), tap(3100), tap(6001)]).unlocked).toBe(false)
  })

  it('taps on the confirm corner without the hold do nothing', () => {
    expect(run([tap(0), tap(100), tap(200)]).unlocked).toBe(false)
  })

  it('a finger that slides away (scrolling) cancels the hold', () => {
    const slid: GestureEvent = { type: 'corner-move', x: 60, y: 10 }
    expect(run([down(0), slid, up(3500), tap(3600), tap(3700)]).unlocked).toBe(false)
    const jitter: GestureEvent = { type: 'corner-move', x: 14, y: 12 }
    expect(run([down(0), jitter, up(3500), tap(3600), tap(3700)]).unlocked).toBe(true)
  })

  it('the armed state lapses on a tick after its window', () => {
    const armed = run([down(0), up(3000)]).state
    expect(armed.kind).toBe('armed')
    expect(nextGesture(armed, { type: 'tick', at: 6001 }).state).toEqual(IDLE)
    expect(nextGesture(armed, { type: 'tick', at: 5000 }).state).toBe(armed)
  })
})

describe('nextKeys', () => {
  const type = (keys: readonly string[], start: number, step: number) => {
    let history: KeyPress[] = []
    let unlocked = false
    keys.forEach((key, i) => {
      const out = nextKeys(history, { key, at: start + i * step })
      history = out.history
      unlocked ||= out.unlocked
    })
    return unlocked
  }

  it('unlocks on Escape ×3, Up, Up, Down, Down within 5 s', () => {
    expect(type(KEY_SEQUENCE, 0, 500)).toBe(true)
  })

  it('also when other keys came before the sequence', () => {
    expect(type(['Enter', 'ArrowLeft', ...KEY_SEQUENCE], 0, 400)).toBe(true)
  })

  it('not when the sequence took longer than 5 s, or a key was wrong', () => {
    expect(type(KEY_SEQUENCE, 0, 900)).toBe(false)
    expect(type(['Escape', 'Escape', 'ArrowUp', 'ArrowUp', 'ArrowDown', 'ArrowDown'], 0, 100)).toBe(
      false,
    )
    expect(type([...KEY_SEQUENCE.slice(0, 6), 'ArrowUp'], 0, 100)).toBe(false)
  })
})
