import { describe, expect, it } from 'vitest'
import {
  IDLE,
  isStaffChord,
  nextGesture,
  STAFF_CHORD,
  type GestureEvent,
  type GestureState,
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

describe('the staff keyboard chord', () => {
  const plain = { code: '', ctrlKey: false, altKey: false, shiftKey: false, metaKey: false }
  const keypadKeys = ['Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter', 'KeyK']

  it('is Ctrl+Alt+Shift+K, by physical key', () => {
    expect(isStaffChord(STAFF_CHORD)).toBe(true)
  })

  it('no plain key a keypad sends, and no partial chord, counts', () => {
    for (const code of keypadKeys) expect(isStaffChord({ ...plain, code })).toBe(false)
    expect(isStaffChord({ ...STAFF_CHORD, shiftKey: false })).toBe(false)
    expect(isStaffChord({ ...STAFF_CHORD, ctrlKey: false })).toBe(false)
    expect(isStaffChord({ ...STAFF_CHORD, code: 'KeyJ' })).toBe(false)
    expect(isStaffChord({ ...STAFF_CHORD, metaKey: true })).toBe(false)
  })
})
