import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contractRoute } from '../../common/api/contract'
import { printResultSchema, printerStatusSchema } from '../../common/print/printApi'
import type { LocalKioskServices } from '../services/createKioskServices'
import { decodeEscposImages } from '../services/printing/testing/escposDecode'
import { startFakeTcpPrinter, type FakeTcpPrinter } from '../services/printing/testing/fakePrinters'
import { syntheticSlip } from '../services/printing/testing/syntheticSlip'
import { startWebHost, type WebHost } from './server'
import { closeWebHost, jsonPoster, openBundledServices } from './testing/webHostFixture'

let dir: string
let printer: FakeTcpPrinter
let services: LocalKioskServices
let host: WebHost

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-print-routes-'))
  printer = await startFakeTcpPrinter()
  services = await openBundledServices(dir)
  const saved = await services.settings.update({
    printer: { kind: 'tcp', host: '127.0.0.1', port: printer.port, paperWidth: 58 },
  })
  expect(saved.ok).toBe(true)
  host = await startWebHost({ services, rendererDir: dir, log: () => undefined })
})
afterEach(async () => {
  await printer.close()
  await closeWebHost(host, services, dir)
})

const post = jsonPoster(() => host)
const token = () => ({ 'X-Kiosk-Token': host.token })
const routes = {
  status: contractRoute('print', 'status').path,
  printSlip: contractRoute('print', 'printSlip').path,
  printTest: contractRoute('print', 'printTest').path,
  setFirstPin: contractRoute('admin', 'setFirstPin').path,
}
const request = (slip = syntheticSlip(384, 'slip')) => ({
  visit: 'visit-0001',
  kind: 'place',
  slip,
})

describe('the print area over the browser host', () => {
  it('says the printer is ready and prints a slip with the launch token', async () => {
    const status = printerStatusSchema.parse(
      await (await post(routes.status, ['visit-0001'])).json(),
    )
    expect(status).toMatchObject({ kind: 'tcp', ready: true, dots: 384, sessionLeft: 3 })

    const reply = await post(routes.printSlip, [request()], token())
    expect(reply.status).toBe(200)
    expect(printResultSchema.parse(await reply.json())).toMatchObject({ ok: true })
    expect(decodeEscposImages(printer.received())).toHaveLength(1)
    const stats = await services.stats.exportData()
    expect(JSON.stringify(stats.days)).toContain('"slip:printed":1')
  })

  it('refuses a print without the token, a malformed slip, and a slip of the wrong width', async () => {
    expect((await post(routes.printSlip, [request()])).status).toBe(403)
    const bad = { ...request(), slip: { width: 384, height: 10, bits: 'AAAA' } }
    const malformed = await post(routes.printSlip, [bad], token())
    expect(malformed.status).toBe(400)
    expect(await malformed.text()).toContain('bits')
    const wide = await post(routes.printSlip, [request(syntheticSlip(576, 'x'))], token())
    expect(wide.status).toBe(422)
    expect(await wide.text()).toContain('this 58 mm printer takes 384')
    expect((await post(routes.status, ['a'])).status).toBe(400)
    expect(printer.received()).toHaveLength(0)
  })

  it('prints a test slip only for an admin session', async () => {
    const slip = syntheticSlip(384, 'test')
    expect((await post(routes.printTest, [slip], token())).status).toBe(401)
    const login = await post(routes.setFirstPin, ['135792'], token())
    const { session } = (await login.json()) as { session: string }
    const reply = await post(routes.printTest, [slip], { ...token(), 'x-kiosk-admin': session })
    expect(printResultSchema.parse(await reply.json())).toMatchObject({ ok: true })
    expect(decodeEscposImages(printer.received())).toHaveLength(1)
  })
})

// Issue 23, findings 3 and 4: what an administrator's settings (or someone with the PIN) can
// point the printer at. Through the settings API, as the admin screen saves them.
describe('printer addresses through the settings API', () => {
  const signIn = async () => {
    const login = await post(contractRoute('admin', 'setFirstPin').path, ['135792'], token())
    return ((await login.json()) as { session: string }).session
  }
  const save = async (session: string, printerPatch: Record<string, unknown>) => {
    const reply = await post(
      contractRoute('admin', 'updateSettings').path,
      [{ printer: printerPatch }],
      { ...token(), 'x-kiosk-admin': session },
    )
    return (await reply.json()) as { ok: boolean; problems?: { path: string; message: string }[] }
  }

  it('refuses an IP that is not written canonically (010.8.8.8 is 8.8.8.8 to DNS)', async () => {
    const session = await signIn()
    for (const host of ['010.8.8.8', '10.8.8.08', '0x0a.1.1.1', '10.1', '127.1', '0177.0.0.1']) {
      const result = await save(session, { kind: 'tcp', host, port: 9100 })
      expect(result, host).toMatchObject({ ok: false })
      expect(result.problems?.map((p) => p.path)).toEqual(['printer.host'])
    }
    expect(await save(session, { kind: 'tcp', host: '10.8.8.8' })).toMatchObject({ ok: true })
    expect((await services.settings.get()).printer).toEqual(
      expect.objectContaining({ kind: 'tcp', host: '10.8.8.8' }),
    )
  })

  it('refuses a device path that is a file, a UNC share or outside the printer devices', async () => {
    const session = await signIn()
    const pin = join(dir, 'data', 'admin', 'pin.json')
    const before = await stat(pin)
    for (const devicePath of [
      pin,
      '/dev/usb/../../' + pin,
      '/dev/sda',
      '\\\\host\\share\\x',
      'C:\\kiosk\\data\\admin\\pin.json',
      '/dev/usb/lp0/../../../etc/passwd',
    ]) {
      const result = await save(session, { kind: 'device', devicePath })
      expect(result, devicePath).toMatchObject({ ok: false })
      expect(result.problems?.map((p) => p.path)).toEqual(['printer.devicePath'])
    }
    for (const devicePath of [
      '/dev/usb/lp0',
      '/dev/ttyUSB0',
      '/dev/ttyACM1',
      'COM3',
      '\\\\.\\COM12',
      'LPT1',
    ])
      expect(await save(session, { kind: 'device', devicePath }), devicePath).toMatchObject({
        ok: true,
      })
    // The last one saved is a path that is no printer here: a test slip fails, writing nothing.
    const reply = await post(routes.printTest, [syntheticSlip(384, 'x')], {
      ...token(),
      'x-kiosk-admin': session,
    })
    expect(printResultSchema.parse(await reply.json())).toMatchObject({
      ok: false,
      fault: 'offline',
    })
    expect((await stat(pin)).size).toBe(before.size)
  })
})

describe('settings saved by an earlier version', () => {
  it('load with their printer, and a printer at a file is turned off, not the settings', async () => {
    for (const [printer, expected] of [
      [
        { kind: 'cups', queue: 'receipt', port: 9100, devicePath: '/dev/usb/lp0' },
        { kind: 'cups', queue: 'receipt' },
      ],
      [{ kind: 'device', devicePath: '/var/lib/kiosk/pin.json', port: 9100 }, { kind: 'none' }],
    ] as const) {
      const old = await mkdtemp(join(tmpdir(), 'kiosk-print-legacy-'))
      await mkdir(join(old, 'data'))
      await writeFile(
        join(old, 'data', 'settings.json'),
        JSON.stringify({ displayName: 'Station hall', printer: { ...printer, paperWidth: 58 } }),
      )
      const opened = await openBundledServices(old)
      const settings = await opened.settings.get()
      expect(settings.displayName).toBe('Station hall')
      expect(settings.printer).toEqual({ ...expected, paperWidth: 58, perSession: 3, perHour: 30 })
      await opened.close()
      await rm(old, { recursive: true, force: true })
    }
  })
})
