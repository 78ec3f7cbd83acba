import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { adminChannels } from '../../common/admin/adminApi'
import { invokeChannels } from '../../common/api/channels'
import { printChannels } from '../../common/print/printApi'
import { statsChannels } from '../../common/stats/statsApi'
import { updatesChannels } from '../../common/update/updatesApi'
import type { LogRecord } from '../services/logger/logger'
import { fakeServices } from '../web/testSupport'
import { fakeElectron, fakeEvent, type FakeElectron } from './testing/fakeElectron'

// The real entry point, run against a fake `electron` module and fake services. The mocked
// module is created once, so it forwards to the fresh fake each test builds.
let fake: FakeElectron
const createKioskServices = vi.fn()
const errorLog: LogRecord[] = []

vi.mock('electron', () => ({
  get app() {
    return fake.app
  },
  get BrowserWindow() {
    return fake.BrowserWindow
  },
  get ipcMain() {
    return fake.ipcMain
  },
  get protocol() {
    return fake.protocol
  },
  get session() {
    return fake.session
  },
  get Menu() {
    return fake.Menu
  },
  get powerSaveBlocker() {
    return fake.powerSaveBlocker
  },
}))
vi.mock('../services/createKioskServices', () => ({ createKioskServices }))

let argv: string[]
let uncaughtBefore: NodeJS.UncaughtExceptionListener[]
let rejectionBefore: NodeJS.UnhandledRejectionListener[]

beforeEach(() => {
  vi.resetModules()
  fake = fakeElectron()
  createKioskServices.mockReset()
  errorLog.length = 0
  createKioskServices.mockResolvedValue({
    ...fakeServices('electron'),
    errors: {
      append: (record: LogRecord) => errorLog.push(record),
      flush: () => Promise.resolve(),
    },
  })
  argv = process.argv
  uncaughtBefore = process.listeners('uncaughtException')
  rejectionBefore = process.listeners('unhandledRejection')
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  process.argv = argv
  vi.restoreAllMocks()
  // main.ts installs crash handlers on the real process; take them off the test runner again.
  for (const listener of process.listeners('uncaughtException')) {
    if (!uncaughtBefore.includes(listener)) process.off('uncaughtException', listener)
  }
  for (const listener of process.listeners('unhandledRejection')) {
    if (!rejectionBefore.includes(listener)) process.off('unhandledRejection', listener)
  }
})

async function runMain(args: string[]) {
  process.argv = ['electron', '.', ...args]
  await import('./main')
  await vi.waitFor(() => {
    if (fake.app.quitCalls === 0 && fake.BrowserWindow.instances.length === 0) {
      throw new Error('main has not finished starting')
    }
  })
}

describe('Electron entry point', () => {
  it('registers app:// before ready, then wires IPC and opens the locked-down window', async () => {
    await runMain(['--data-dir', '/tmp/kiosk-data'])
    expect(fake.protocol.privileged).toHaveLength(1)
    expect(fake.protocol.readyAtRegistration).toBe(false)
    expect(fake.app.sandboxEnabledBeforeReady).toBe(true)
    expect(fake.protocol.handlers.has('app')).toBe(true)
    expect(fake.app.paths.get('userData')).toBe('/tmp/kiosk-data')
    expect(createKioskServices).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir: '/tmp/kiosk-data',
        host: 'electron',
        resourcesDir: '/app/resources',
      }),
    )
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(
      [
        ...Object.values(invokeChannels),
        ...Object.values(adminChannels),
        ...Object.values(statsChannels),
        ...Object.values(updatesChannels),
        ...Object.values(printChannels),
      ]
        .map((c) => c.channel)
        .sort(),
    )
    expect(fake.Menu.applicationMenu).toBeNull()
    const win = fake.BrowserWindow.instances[0]!
    expect(win.options).toMatchObject({
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    })
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload\.cjs$/,
    )
    let granted: boolean | undefined
    fake.session.defaultSession.permissionRequestHandler?.({}, 'media', (g) => (granted = g))
    expect(granted).toBe(false)
    expect(fake.powerSaveBlocker.started).toEqual(['prevent-display-sleep'])
  })

  it('keeps what the shell logs in the durable error log', async () => {
    await runMain(['--daily-restart=25:00'])
    const contents = fake.BrowserWindow.instances[0]!.webContents
    contents.emit('will-navigate', fakeEvent({ url: 'https://example.org/' }))
    expect(errorLog.map((r) => r.message)).toEqual([
      expect.stringContaining('Ignoring --daily-restart'),
      'Refused navigation to https://example.org/',
    ])
    expect(errorLog.every((r) => r.area === 'shell')).toBe(true)
  })

  it('hides the pointer when started with --hide-cursor', async () => {
    await runMain(['--hide-cursor'])
    const contents = fake.BrowserWindow.instances[0]!.webContents
    contents.emit('did-finish-load')
    expect(contents.insertedCss.join('')).toContain('cursor: none')
  })

  it('quits when another instance holds the lock', async () => {
    fake.app.gotLock = false
    await runMain([])
    expect(fake.app.quitCalls).toBe(1)
    expect(fake.BrowserWindow.instances).toHaveLength(0)
    expect(createKioskServices).not.toHaveBeenCalled()
  })

  it.each(['--remote-debugging-port=9222', '--inspect', '--inspect-brk=0'])(
    'quits a packaged build started with %s',
    async (flag) => {
      fake.app.isPackaged = true
      // Electron sets this for packaged apps; plain Node does not have it.
      Object.defineProperty(process, 'resourcesPath', {
        value: '/opt/kiosk/resources',
        configurable: true,
      })
      await runMain([flag])
      expect(fake.app.quitCalls).toBe(1)
      expect(fake.BrowserWindow.instances).toHaveLength(0)
    },
  )

  it('lets a development build start with a debug switch (Playwright drives Electron that way)', async () => {
    await runMain(['--remote-debugging-port=0'])
    expect(fake.app.quitCalls).toBe(0)
    expect(fake.BrowserWindow.instances).toHaveLength(1)
  })

  it('brings the kiosk window forward when a second instance starts', async () => {
    await runMain([])
    fake.app.emit('second-instance')
    expect(fake.BrowserWindow.instances[0]!.focused).toBe(1)
  })

  it('exits non-zero (for the supervisor to restart it) when start-up fails', async () => {
    createKioskServices.mockRejectedValue(new Error('data folder not writable'))
    process.argv = ['electron', '.']
    await import('./main')
    await vi.waitFor(() => expect(fake.app.exitCodes).toEqual([1]))
  })
})

describe('installCrashHandlers', () => {
  it('relaunches on an uncaught main-process error instead of showing a dialog', async () => {
    const { installCrashHandlers } = await import('./bootstrap')
    const { EventEmitter } = await import('node:events')
    const proc = new EventEmitter()
    const app = fakeElectron().app
    const logs: string[] = []
    installCrashHandlers(proc as unknown as NodeJS.Process, app, (l) => logs.push(l))
    proc.emit('unhandledRejection', new Error('late'))
    expect(app.relaunches).toBe(0)
    proc.emit('uncaughtException', new Error('boom'))
    expect(app.relaunches).toBe(1)
    expect(app.exitCodes).toEqual([1])
    expect(logs.join('\n')).toContain('boom')
  })
})
