import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../common/settings/schema'
import type { KioskApi } from '../../common/api/kioskApi'
import { FakeContextBridge, FakeIpcRenderer } from '../main/testing/fakeElectron'
import { minimalContent } from '../web/testSupport'

const electron = vi.hoisted(() => ({
  contextBridge: undefined as unknown,
  ipcRenderer: undefined as unknown,
}))
vi.mock('electron', () => electron)

let bridge: FakeContextBridge
let ipc: FakeIpcRenderer
let kiosk: KioskApi

beforeEach(async () => {
  vi.resetModules()
  bridge = new FakeContextBridge()
  ipc = new FakeIpcRenderer()
  electron.contextBridge = bridge
  electron.ipcRenderer = ipc
  await import('./preload')
  const exposed = bridge.exposed.get('kiosk')
  if (!exposed) throw new Error('the preload exposed nothing on window.kiosk')
  kiosk = exposed as KioskApi
})

describe('preload', () => {
  it('exposes window.kiosk with named functions only, no generic invoke or ipcRenderer', () => {
    expect([...bridge.exposed.keys()]).toEqual(['kiosk'])
    const shape = Object.fromEntries(
      Object.entries(kiosk).map(([area, methods]) => [area, Object.keys(methods as object).sort()]),
    )
    expect(shape).toEqual({
      content: ['get'],
      settings: ['get'],
      app: ['info'],
      admin: [
        'addKey',
        'applyConfig',
        'auditLog',
        'changePin',
        'diagnostics',
        'exportDiagnostics',
        'findConfigs',
        'hostActions',
        'listKeys',
        'login',
        'logout',
        'provision',
        'quitApp',
        'removeKey',
        'restartApp',
        'rollbackContent',
        'setFirstPin',
        'status',
        'updateSettings',
      ],
      stats: ['exportToSticks', 'overview', 'record'],
      updates: ['checkNow', 'dismiss', 'install', 'rollback', 'status'],
      events: ['subscribe'],
      print: ['printSlip', 'printTest', 'status'],
    })
  })

  it('calls the fixed channel and returns the validated reply', async () => {
    ipc.reply = (channel) => (channel === 'kiosk:settings:get' ? defaultSettings() : undefined)
    const settings = await kiosk.settings.get()
    expect(settings.defaultLanguage).toBe('zh-Hans')
    expect(ipc.invoked).toEqual([{ channel: 'kiosk:settings:get', args: [] }])
  })

  it('rejects a reply that breaks the contract instead of passing it to the page', async () => {
    ipc.reply = () => ({ content: minimalContent(), source: 'somewhere', sha256: 'x' })
    await expect(kiosk.content.get()).rejects.toThrow(
      /kiosk:content:get returned an unexpected reply/,
    )
  })

  it('delivers valid notices, drops malformed ones, and unsubscribes', () => {
    const seen: unknown[] = []
    const off = kiosk.events.subscribe((n) => seen.push(n))
    ipc.emit('kiosk:events:notice', {}, { kind: 'settings-changed' })
    ipc.emit('kiosk:events:notice', {}, { kind: 'format-disk' })
    ipc.emit('kiosk:events:notice', {}, 'garbage')
    expect(seen).toEqual([{ kind: 'settings-changed' }])
    off()
    ipc.emit('kiosk:events:notice', {}, { kind: 'settings-changed' })
    expect(seen).toHaveLength(1)
    expect(ipc.listenerCount('kiosk:events:notice')).toBe(0)
  })
})
