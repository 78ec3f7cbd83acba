import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defaultSettings } from '../../common/settings/schema'
import { kioskContract } from '../../common/api/contract'
import { kioskApiOverBridge, type KioskBridge } from '../../common/api/bridge'
import { KioskApiError } from '../../common/api/errors'
import { FakeContextBridge, FakeIpcRenderer } from '../main/testing/fakeElectron'
import { minimalContent } from '../serve/testSupport'

const electron = vi.hoisted(() => ({
  contextBridge: undefined as unknown,
  ipcRenderer: undefined as unknown,
}))
vi.mock('electron', () => electron)

let bridge: FakeContextBridge
let ipc: FakeIpcRenderer
let kiosk: KioskBridge

beforeEach(async () => {
  vi.resetModules()
  bridge = new FakeContextBridge()
  ipc = new FakeIpcRenderer()
  electron.contextBridge = bridge
  electron.ipcRenderer = ipc
  await import('./preload')
  const exposed = bridge.exposed.get('kiosk')
  if (!exposed) throw new Error('the preload exposed nothing on window.kiosk')
  kiosk = exposed as KioskBridge
})

describe('preload', () => {
  it('exposes window.kiosk with named functions only, no generic invoke or ipcRenderer', () => {
    expect([...bridge.exposed.keys()]).toEqual(['kiosk'])
    const shape = Object.fromEntries(
      Object.entries(kiosk).map(([area, methods]) => [area, Object.keys(methods as object).sort()]),
    )
    // Exactly the table's methods, by name, and the event subscription: nothing generic.
    const expected = Object.fromEntries(
      Object.entries(kioskContract).map(([area, methods]) => [area, Object.keys(methods).sort()]),
    )
    expect(shape).toEqual({ ...expected, events: ['subscribe'] })
    expect(shape.admin).toContain('rollbackContent')
    expect(shape.app).toEqual(['calendar', 'info', 'reportProblem'])
    expect(shape.updates).toEqual([
      'checkNow',
      'dismiss',
      'install',
      'reportActivity',
      'reportHealth',
      'status',
    ])
    const all = Object.values(kiosk).flatMap((methods) => Object.values(methods as object))
    expect(all.every((fn) => typeof fn === 'function')).toBe(true)
  })

  it('calls the fixed channel and returns the validated reply envelope', async () => {
    ipc.reply = (channel) =>
      channel === 'kiosk:settings:get' ? { ok: true, value: defaultSettings() } : undefined
    const reply = await kiosk.settings.get()
    expect(reply.ok && reply.value.defaultLanguage).toBe('zh-Hans')
    expect(ipc.invoked).toEqual([{ channel: 'kiosk:settings:get', args: [] }])
  })

  it('passes a refusal through as data, with its code, for the page to rebuild', async () => {
    const error = { code: 'no-session', message: 'an admin session is required' }
    ipc.reply = () => ({ ok: false, error })
    expect(await kiosk.admin!.diagnostics('s'.repeat(43))).toEqual({ ok: false, error })
    await expect(kioskApiOverBridge(kiosk).admin!.diagnostics('s'.repeat(43))).rejects.toEqual(
      new KioskApiError('no-session', 'an admin session is required'),
    )
  })

  it('turns a reply that breaks the contract into an internal failure, never passing it on', async () => {
    ipc.reply = () => ({ ok: true, value: { content: minimalContent(), source: 'x', sha256: 'x' } })
    const reply = await kiosk.content.get()
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/kiosk:content:get returned an unexpected reply/),
      },
    })
    ipc.reply = () => ({ ok: false, error: { code: 'gone-fishing', message: 'x' } })
    expect(await kiosk.content.get()).toMatchObject({ ok: false, error: { code: 'internal' } })
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
