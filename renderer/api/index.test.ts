// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { KioskApi } from '../../common/api/kioskApi'
import { selectKioskApi } from './index'

describe('selectKioskApi', () => {
  it("uses the Electron preload's window.kiosk when it exists", () => {
    const preload: KioskApi = {
      content: { get: () => Promise.reject(new Error('unused')) },
      settings: { get: () => Promise.reject(new Error('unused')) },
      app: { info: () => Promise.reject(new Error('unused')) },
      events: { subscribe: () => () => {} },
    }
    const win = Object.assign(Object.create(window) as typeof window, { kiosk: preload })
    expect(selectKioskApi(win)).toBe(preload)
  })

  it("falls back to the HTTP client on the page's own origin in the browser host", async () => {
    const requested: string[] = []
    const fakeFetch: typeof fetch = async (input) => {
      requested.push(String(input))
      return new Response('{"error":"offline"}', { status: 503 })
    }
    const win = Object.assign(Object.create(window) as typeof window, { fetch: fakeFetch })
    const api = selectKioskApi(win)
    await expect(api.app.info()).rejects.toThrow('(503): offline')
    expect(requested).toEqual(['/api/app/info'])
  })
})
