import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kioskContract, type Area } from '../../common/api/contract'
import { channelOf, routeOf } from '../../common/api/method'
import { registerIpc, type IpcOptions } from '../main/ipc'
import { FakeIpcMain, FakeWebContents } from '../main/testing/fakeElectron'
import type { KioskServices } from '../services/kioskServices'
import { startWebHost, type WebHost } from '../web/server'

const SESSION = 's'.repeat(43)

/** Arguments that pass each entry's schema; methods not listed take none. */
const sampleArgs: Record<string, unknown[]> = {
  'app.reportProblem': [{ kind: 'map-webgl', detail: 'Failed to initialize WebGL' }],
  'admin.setFirstPin': ['135792'],
  'admin.login': ['135792'],
  'admin.updateSettings': [{ idleSeconds: 90 }],
  'admin.changePin': ['24681357'],
  'admin.applyConfig': ['/media/stick/KIOSK-CONFIG'],
  'admin.removeKey': ['0123456789ABCDEF'],
  'stats.record': [[{ kind: 'session' }]],
  'updates.install': ['246810', { includeStats: true, manifestSha256: 'a'.repeat(64) }],
  'updates.reportActivity': ['idle-screen'],
  'updates.reportHealth': [
    { contentVersion: 2, ok: true, homeReady: true, tilesOpened: 3, tilesTotal: 3, elapsedMs: 900 },
  ],
  'print.status': ['visit-0001'],
  'print.printSlip': [{ visit: 'visit-0001', kind: 'place', slip: slip() }],
  'print.printTest': [slip()],
}

/** A blank 384-dot (58 mm) slip, one row of 48 bytes. */
function slip() {
  return { width: 384, height: 1, bits: Buffer.alloc(48).toString('base64') }
}

/** Services where every method of every area records its call and answers `{ area, name }`. */
function recordingServices(calls: string[]): KioskServices {
  const area = (areaName: string) =>
    new Proxy(
      {},
      {
        get:
          (_target, name) =>
          async (...args: unknown[]) => {
            calls.push(`${areaName}.${String(name)}(${JSON.stringify(args)})`)
            return { area: areaName, name }
          },
      },
    )
  const areas = Object.fromEntries(Object.keys(kioskContract).map((a) => [a, area(a)]))
  return { ...areas, onNotice: () => () => {}, close: async () => {} } as unknown as KioskServices
}

const calls: string[] = []
const services = recordingServices(calls)
const ipcMain = new FakeIpcMain()
const kiosk = new FakeWebContents()
let web: WebHost

beforeAll(async () => {
  registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], services, {
    kioskContents: () => kiosk as unknown as ReturnType<IpcOptions['kioskContents']>,
    log: () => undefined,
  })
  web = await startWebHost({ services, rendererDir: '/nonexistent', log: () => undefined })
})
afterAll(async () => web.close())

async function overIpc(area: string, name: string, args: unknown[]): Promise<unknown> {
  const spec = (kioskContract as Record<string, Record<string, { session: boolean }>>)[area]![name]!
  const all = spec.session ? [SESSION, ...args] : args
  const event = { sender: kiosk, senderFrame: kiosk.mainFrame }
  return ipcMain.invoke(channelOf(area, name), event, ...all)
}

async function overHttp(area: Area, name: string, args: unknown[]): Promise<unknown> {
  const spec = (kioskContract[area] as Record<string, Parameters<typeof routeOf>[2]>)[name]!
  const route = routeOf(area, name, spec)
  const reply = await fetch(new URL(route.path, web.url), {
    method: route.method,
    headers: {
      'Content-Type': 'application/json',
      'X-Kiosk-Token': web.token,
      ...(spec.session ? { 'X-Kiosk-Admin': SESSION } : {}),
    },
    ...(route.method === 'POST' ? { body: JSON.stringify(args) } : {}),
  })
  expect(reply.status, `${route.method} ${route.path}`).toBe(200)
  return reply.json()
}

// One test per area: each of its table methods reaches the same service function, with the same
// parsed arguments, through the Electron host (IPC) and through the browser host (HTTP).
describe.each(Object.keys(kioskContract) as Area[])('the %s area', (area) => {
  it('is served in full by both hosts', async () => {
    const names = Object.keys(kioskContract[area])
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      const args = sampleArgs[`${area}.${name}`] ?? []
      const session = (kioskContract[area] as Record<string, { session: boolean }>)[name]!.session
      const expected = `${area}.${name}(${JSON.stringify(session ? [SESSION, ...args] : args)})`
      calls.length = 0
      expect(await overIpc(area, name, args)).toEqual({ ok: true, value: { area, name } })
      expect(await overHttp(area, name, args)).toEqual({ area, name })
      expect(calls).toEqual([expected, expected])
    }
  })
})

// Every method the table protects is refused by both hosts without a session, before any
// service runs: over HTTP the header is missing (401 no-session), over IPC the argument is
// (bad-request). A table entry cannot be protected on one host and open on the other.
describe('methods that need a session', () => {
  it('are refused by both hosts without one, and the service is never called', async () => {
    const protectedOnes = Object.entries(kioskContract).flatMap(([area, table]) =>
      Object.entries(table as Record<string, { session: boolean }>)
        .filter(([, spec]) => spec.session)
        .map(([name]) => ({ area: area as Area, name })),
    )
    expect(protectedOnes.length).toBeGreaterThan(15)
    calls.length = 0
    for (const { area, name } of protectedOnes) {
      const spec = (kioskContract[area] as Record<string, Parameters<typeof routeOf>[2]>)[name]!
      const route = routeOf(area, name, spec)
      const reply = await fetch(new URL(route.path, web.url), {
        method: route.method,
        headers: { 'Content-Type': 'application/json', 'X-Kiosk-Token': web.token },
        body: JSON.stringify(sampleArgs[`${area}.${name}`] ?? []),
      })
      expect(reply.status, `${area}.${name}`).toBe(401)
      expect(((await reply.json()) as { error: { code: string } }).error.code).toBe('no-session')
      const event = { sender: kiosk, senderFrame: kiosk.mainFrame }
      const viaIpc = (await ipcMain.invoke(channelOf(area, name), event)) as {
        error: { code: string }
      }
      expect(viaIpc.error.code, `${area}.${name}`).toBe('bad-request')
    }
    expect(calls).toEqual([])
  })
})
