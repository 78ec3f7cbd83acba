// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AfterFirstFrame } from './AfterFirstFrame'
import { DrawWholeContext, FirstFrameOnlyContext } from './afterFrame'

let frames = new Map<number, () => void>()
let lastFrame = 0
beforeEach(() => {
  frames = new Map()
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
    frames.set(++lastFrame, () => cb(0))
    return lastFrame
  })
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => frames.delete(id))
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** Runs the animation frames asked for so far, then the timers they set. */
const nextFrame = () =>
  act(() => {
    const due = [...frames.values()]
    frames.clear()
    for (const run of due) run()
    vi.runOnlyPendingTimers()
  })

function ScreenWithLowerPart({ drawWhole }: { drawWhole?: boolean }) {
  const screenPart = (
    <>
      <h1>Night shelter</h1>
      <AfterFirstFrame>
        <p>Map and QR code</p>
      </AfterFirstFrame>
    </>
  )
  if (drawWhole === undefined) return screenPart
  return <DrawWholeContext.Provider value={() => drawWhole}>{screenPart}</DrawWholeContext.Provider>
}

describe('AfterFirstFrame', () => {
  it('draws its part after the frame that shows the rest, when the shell allows', async () => {
    const { container } = render(<ScreenWithLowerPart drawWhole={false} />)
    const pending = () => container.querySelectorAll('[data-drawn-later]').length
    expect(screen.getByRole('heading').textContent).toBe('Night shelter')
    expect(screen.queryByText('Map and QR code')).toBeNull()
    expect(pending()).toBe(1)
    await nextFrame()
    expect(screen.queryByText('Map and QR code')).toBeNull()
    await nextFrame()
    expect(screen.getByText('Map and QR code')).toBeTruthy()
    expect(pending()).toBe(0)
  })

  it('draws everything at once when the shell says the screen must be whole', () => {
    render(<ScreenWithLowerPart drawWhole />)
    expect(screen.getByText('Map and QR code')).toBeTruthy()
    expect(frames.size).toBe(0)
  })

  it('draws everything at once outside the shell (a screen on its own, the proof)', () => {
    render(<ScreenWithLowerPart />)
    expect(screen.getByText('Map and QR code')).toBeTruthy()
  })

  it('gives up its frames once the screen is gone before them', async () => {
    const { unmount } = render(<ScreenWithLowerPart drawWhole={false} />)
    expect(frames.size).toBe(1)
    await nextFrame()
    expect(frames.size).toBe(1)
    unmount()
    expect(frames.size).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('never draws its part in a rehearsal, however many frames pass', async () => {
    const { container } = render(
      <FirstFrameOnlyContext.Provider value={true}>
        <ScreenWithLowerPart drawWhole={false} />
      </FirstFrameOnlyContext.Provider>,
    )
    expect(frames.size).toBe(0)
    await nextFrame()
    await nextFrame()
    expect(screen.getByRole('heading').textContent).toBe('Night shelter')
    expect(screen.queryByText('Map and QR code')).toBeNull()
    expect(container.querySelectorAll('[data-drawn-later]').length).toBe(1)
  })
})
