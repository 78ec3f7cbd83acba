import { request as httpRequest } from 'node:http'
import type { AppInfo, ContentSnapshot, HostNotice } from '../../common/api/kioskApi'
import type { Content } from '../../common/content/schema'
import { calendarFacts } from '../../common/domain/tymeCalendar'
import { defaultSettings, type Settings } from '../../common/settings/schema'
import { createAdminService } from '../services/admin/adminService'
import { homeSnapshot } from '../../common/api/contentHome'
import type { KioskServices } from '../services/kioskServices'
import { silentLogger } from '../services/logger/logger'

/** The smallest dataset the content schema accepts; tests of the hosts need no more. */
export function minimalContent(contentVersion = 1): Content {
  return {
    dataset: {
      id: 'test-dataset',
      contentVersion,
      publishedAt: '2026-01-01T00:00:00+08:00',
      region: { 'zh-Hans': '测试' },
      languages: ['zh-Hans'],
      publisher: { 'zh-Hans': '测试' },
      sample: true,
      defaultSiteId: 'test-site',
    },
    categories: [],
    services: [],
    locations: [],
    phones: [],
    kioskSites: [{ id: 'test-site', name: { 'zh-Hans': '测试站' } }],
    notices: [],
    faqs: [],
    screener: { questions: [], rules: [] },
  }
}

/** A KioskServices test double whose notices the test can push and whose calls it can count. */
export interface FakeServices extends KioskServices {
  emit(notice: HostNotice): void
  readonly calls: string[]
  readonly listenerCount: () => number
  snapshot: ContentSnapshot
  settingsValue: Settings
}

/** Builds a fresh fake for one test; `host` is reported by `app.info`. */
export function fakeServices(host: AppInfo['host'] = 'web'): FakeServices {
  const listeners = new Set<(notice: HostNotice) => void>()
  const calls: string[] = []
  const fake: FakeServices = {
    calls,
    snapshot: { content: minimalContent(), source: 'factory', sha256: 'a'.repeat(64) },
    settingsValue: defaultSettings(),
    content: {
      get: async () => {
        calls.push('content.get')
        return fake.snapshot
      },
      home: async () => {
        calls.push('content.home')
        return homeSnapshot(fake.snapshot)
      },
    },
    settings: {
      get: async () => {
        calls.push('settings.get')
        return fake.settingsValue
      },
    },
    app: {
      info: async () => {
        calls.push('app.info')
        return {
          name: 'relief-kiosk',
          version: '0.0.0-test',
          host,
          now: '2026-01-02T03:04:05+08:00',
          clockOverridden: false,
        }
      },
      reportProblem: (problem) => {
        calls.push(`app.reportProblem(${problem.kind})`)
      },
      calendar: async () => {
        calls.push('app.calendar')
        return calendarFacts(2026)
      },
    },
    onNotice(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async close() {
      calls.push('close')
    },
    emit(notice) {
      for (const listener of listeners) listener(notice)
    },
    listenerCount: () => listeners.size,
  }
  return fake
}

/** A test client for the browser host's event stream that collects `data:` payloads. */
export interface SseClient {
  /** Resolves once the server has written its `: connected` comment. */
  readonly connected: Promise<void>
  /** Resolves with the next `data:` payload, parsed as JSON. */
  next(): Promise<unknown>
  close(): void
}

/** Opens `GET /api/events` on a browser host at `port`, with the launch token as the page sends it. */
export function openSse(port: number, token: string): SseClient {
  const payloads: unknown[] = []
  const waiters: ((value: unknown) => void)[] = []
  let buffer = ''
  let markConnected: () => void = () => {}
  const connected = new Promise<void>((resolve) => (markConnected = resolve))
  const req = httpRequest(
    {
      host: '127.0.0.1',
      port,
      path: `/api/events?token=${encodeURIComponent(token)}`,
      headers: { Host: `127.0.0.1:${port}` },
    },
    (res) => {
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString()
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const event = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (event.startsWith(': connected')) markConnected()
          if (event.startsWith('data: ')) {
            const value: unknown = JSON.parse(event.slice('data: '.length))
            const waiter = waiters.shift()
            if (waiter) waiter(value)
            else payloads.push(value)
          }
          end = buffer.indexOf('\n\n')
        }
      })
    },
  )
  req.on('error', () => {})
  req.end()
  return {
    connected,
    next: () =>
      payloads.length > 0
        ? Promise.resolve(payloads.shift())
        : new Promise((resolve) => waiters.push(resolve)),
    close: () => req.destroy(),
  }
}

/**
 * A real admin service over fake services' settings, content and app info, in `dataDir`, with a
 * cheap scrypt and the on-screen first PIN: what host tests need to sign in for real.
 */
export function realAdminService(
  services: FakeServices,
  dataDir: string,
  extra: Partial<Parameters<typeof createAdminService>[0]> = {},
) {
  return createAdminService({
    dataDir,
    settings: {
      get: services.settings.get,
      update: async () => ({ ok: true, settings: services.settingsValue }),
    },
    content: services.content,
    app: services.app,
    errors: { entries: () => [] },
    clock: { now: () => new Date(), overridden: false },
    log: silentLogger,
    scrypt: { N: 1024, r: 8, p: 1, keyLength: 32 },
    firstPinOnScreen: true,
    ...extra,
  })
}
