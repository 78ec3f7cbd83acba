// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { KioskBridge } from '../../common/api/bridge'
import { KioskApiError } from '../../common/api/errors'
import { selectKioskApi } from './index'

describe('selectKioskApi', () => {
  it("uses the Electron preload's window.kiosk when it exists, opening its envelopes", async () => {
    const info = {
      name: 'relief-kiosk',
      version: '1.0.0',
      host: 'electron' as const,
      now: '2026-12-07T10:00:00+08:00',
      clockOverridden: false,
    }
    const preload: KioskBridge = {
      content: {
        get: () => Promise.reject(new Error('unused')),
        home: () => Promise.reject(new Error('unused')),
      },
      settings: {
        get: async () => ({ ok: false, error: { code: 'unavailable', message: 'store busy' } }),
      },
      app: {
        info: async () => ({ ok: true, value: info }),
        reportProblem: () => Promise.reject(new Error('unused')),
        calendar: () => Promise.reject(new Error('unused')),
      },
      events: { subscribe: () => () => {} },
    }
    const win = Object.assign(Object.create(window) as typeof window, { kiosk: preload })
    const api = selectKioskApi(win)
    expect(await api.app.info()).toEqual(info)
    await expect(api.settings.get()).rejects.toEqual(new KioskApiError('unavailable', 'store busy'))
    expect(api.events).toBe(preload.events)
  })

  it("falls back to the HTTP client on the page's own origin in the browser host", async () => {
    const requested: string[] = []
    const fakeFetch: typeof fetch = async (input) => {
      requested.push(String(input))
      return new Response('{"error":{"code":"unavailable","message":"offline"}}', { status: 503 })
    }
    const win = Object.assign(Object.create(window) as typeof window, { fetch: fakeFetch })
    const api = selectKioskApi(win)
    await expect(api.app.info()).rejects.toEqual(new KioskApiError('unavailable', 'offline'))
    expect(requested).toEqual(['/api/app/info'])
  })
})
