import { describe, expect, it, vi } from 'vitest'
import { LANGUAGES } from '../../common/content/primitives'
import { runWhenIdle, warmUpSteps } from './warmUp'

/** A window whose idle periods come only when the test says so. */
function idleWindow() {
  const idle: (() => void)[] = []
  const win = { requestIdleCallback: (cb: () => void) => idle.push(cb) } as unknown as Window
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
  return {
    win,
    async nextIdle() {
      idle.shift()?.()
      await settle()
    },
    waiting: () => idle.length,
  }
}

describe('runWhenIdle', () => {
  it('runs one step per idle period, in order, and goes on after a failed step', async () => {
    const w = idleWindow()
    const ran: string[] = []
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const done = runWhenIdle(w.win, [
      () => ran.push('formatters'),
      () => Promise.reject(new Error('chunk missing')),
      () => ran.push('qr'),
    ])
    await Promise.resolve()
    expect(ran).toEqual([])
    await w.nextIdle()
    expect(ran).toEqual(['formatters'])
    await w.nextIdle()
    expect(ran).toEqual(['formatters'])
    expect(warn).toHaveBeenCalledWith('kiosk: warm-up step failed', expect.any(Error))
    await w.nextIdle()
    await done
    expect(ran).toEqual(['formatters', 'qr'])
    expect(w.waiting()).toBe(0)
    warn.mockRestore()
  })

  it("has a step per language, then the QR encoder's once its module has loaded", async () => {
    const before = warmUpSteps()
    expect(before).toHaveLength(LANGUAGES.length)
    const { warmQr } = await import('../components/QrCode/qrMatrix')
    const after = warmUpSteps()
    expect(after).toHaveLength(LANGUAGES.length + 1)
    expect(after.at(-1)).toBe(warmQr)
    await Promise.all(after.map(async (step) => step()))
  })
})
