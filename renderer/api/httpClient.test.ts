// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { KioskApiError } from '../../common/api/errors'
import type { HostNotice } from '../../common/api/kioskApi'
import { defaultSettings } from '../../common/settings/schema'
import { createHttpKioskApi, readTokenMeta, type HttpClientDeps } from './httpClient'

class FakeEventSource {
  static opened: FakeEventSource[] = []
  closed = false
  private readonly handlers: ((event: MessageEvent) => void)[] = []
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this)
  }
  addEventListener(_type: 'message', handler: (event: MessageEvent) => void) {
    this.handlers.push(handler)
  }
  close() {
    this.closed = true
  }
  deliver(data: string) {
    for (const h of this.handlers) h(new MessageEvent('message', { data }))
  }
}

function depsWith(replies: Record<string, Response>): HttpClientDeps & { paths: string[] } {
  const paths: string[] = []
  return {
    paths,
    fetch: async (input) => {
      const path = String(input)
      paths.push(path)
      return replies[path] ?? new Response('{"error":"no route"}', { status: 404 })
    },
    createEventSource: (url) => new FakeEventSource(url) as unknown as EventSource,
    token: () => 'tok',
  }
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } })

describe('createHttpKioskApi', () => {
  it('reads settings from /api/settings/get, parsed with the schema', async () => {
    const api = createHttpKioskApi(depsWith({ '/api/settings/get': json(defaultSettings()) }))
    const settings = await api.settings.get()
    expect(settings.defaultLanguage).toBe('zh-Hans')
  })

  it('rejects a reply that does not match the contract, saying which field', async () => {
    const api = createHttpKioskApi(
      depsWith({ '/api/app/info': json({ name: 'x', version: '1', host: 'mars' }) }),
    )
    await expect(api.app.info()).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/GET \/api\/app\/info returned an unexpected reply.*host/s),
    })
  })

  it("rebuilds the host's contract error, code and message", async () => {
    const error = { code: 'forbidden', message: 'Host "x" is not served here' }
    const api = createHttpKioskApi(depsWith({ '/api/content/get': json({ error }, 421) }))
    await expect(api.content.get()).rejects.toEqual(new KioskApiError('forbidden', error.message))
  })

  it('gives a reply with no readable error the code its status implies', async () => {
    const api = createHttpKioskApi(depsWith({ '/api/content/get': json('<html>', 401) }))
    await expect(api.content.get()).rejects.toMatchObject({ code: 'no-session' })
  })

  it('says unavailable when the host does not answer at all', async () => {
    const deps = depsWith({})
    deps.fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    const api = createHttpKioskApi(deps)
    await expect(api.app.info()).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('Failed to fetch'),
    })
  })

  it('shares one event stream, drops malformed notices and closes after the last unsubscribe', () => {
    FakeEventSource.opened = []
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const api = createHttpKioskApi(depsWith({}))
    const a: HostNotice[] = []
    const b: HostNotice[] = []
    const offA = api.events.subscribe((n) => a.push(n))
    const offB = api.events.subscribe((n) => b.push(n))
    expect(FakeEventSource.opened).toHaveLength(1)
    const stream = FakeEventSource.opened[0]!
    expect(stream.url).toBe('/api/events?token=tok')
    stream.deliver('{"kind":"settings-changed"}')
    stream.deliver('not json')
    stream.deliver('{"kind":"reboot-now"}')
    expect(a).toEqual([{ kind: 'settings-changed' }])
    expect(b).toEqual([{ kind: 'settings-changed' }])
    expect(warn).toHaveBeenCalledTimes(2)
    offA()
    expect(stream.closed).toBe(false)
    offB()
    expect(stream.closed).toBe(true)
    warn.mockRestore()
  })
})

describe('readTokenMeta', () => {
  it('reads the launch token the browser host injected', () => {
    document.head.innerHTML = '<meta name="kiosk-token" content="abc_123">'
    expect(readTokenMeta(document)).toBe('abc_123')
    document.head.innerHTML = ''
    expect(readTokenMeta(document)).toBeUndefined()
  })
})
