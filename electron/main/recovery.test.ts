import type { BrowserWindow } from 'electron'
import { describe, expect, it } from 'vitest'
import { attachRecovery } from './recovery'
import { fakeEvent, FakeBrowserWindow } from './testing/fakeElectron'

function setup() {
  const win = new FakeBrowserWindow({})
  let now = 0
  let relaunches = 0
  const logs: string[] = []
  attachRecovery(
    win as unknown as BrowserWindow,
    { now: () => now, relaunch: () => (relaunches += 1), log: (l) => logs.push(l) },
    { maxReloads: 3, windowMs: 60_000 },
  )
  const crash = (reason = 'crashed') =>
    win.webContents.emit('render-process-gone', fakeEvent(), { reason, exitCode: 1 })
  return {
    win,
    crash,
    advance: (ms: number) => (now += ms),
    relaunches: () => relaunches,
    logs,
  }
}

describe('attachRecovery', () => {
  it('reloads the page after a renderer crash or a hang', () => {
    const s = setup()
    s.crash()
    s.win.emit('unresponsive')
    expect(s.win.webContents.reloads).toBe(2)
    expect(s.relaunches()).toBe(0)
  })

  it('ignores a clean renderer exit', () => {
    const s = setup()
    s.crash('clean-exit')
    expect(s.win.webContents.reloads).toBe(0)
  })

  it('relaunches the app when reloads do not help', () => {
    const s = setup()
    for (let i = 0; i < 3; i++) s.crash()
    expect(s.relaunches()).toBe(0)
    s.crash('oom')
    expect(s.win.webContents.reloads).toBe(3)
    expect(s.relaunches()).toBe(1)
    expect(s.logs.at(-1)).toContain('relaunching')
  })

  it('forgets failures older than the window', () => {
    const s = setup()
    for (let i = 0; i < 3; i++) s.crash()
    s.advance(61_000)
    s.crash()
    expect(s.relaunches()).toBe(0)
    expect(s.win.webContents.reloads).toBe(4)
  })
})
