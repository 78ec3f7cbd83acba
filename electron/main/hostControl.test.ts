import { describe, expect, it } from 'vitest'
import { createHostControl } from './hostControl'
import { FakeApp } from './testing/fakeElectron'

describe('host control for admin mode', () => {
  it('restart relaunches the app and exits this process with 0', () => {
    const app = new FakeApp()
    createHostControl(app).restart()
    expect(app.relaunches).toBe(1)
    expect(app.exitCodes).toEqual([0])
    expect(app.quitCalls).toBe(0)
  })

  it('restart flushes the log before exiting', async () => {
    const app = new FakeApp()
    let release = () => {}
    const flushed = new Promise<void>((resolve) => {
      release = resolve
    })
    createHostControl(app, () => flushed).restart()
    expect(app.relaunches).toBe(1)
    expect(app.exitCodes).toEqual([])
    release()
    await flushed
    await Promise.resolve()
    expect(app.exitCodes).toEqual([0])
  })

  it('quit asks the app to quit without relaunching', () => {
    const app = new FakeApp()
    createHostControl(app).quit()
    expect(app.quitCalls).toBe(1)
    expect(app.relaunches).toBe(0)
    expect(app.exitCodes).toEqual([])
  })
})
