import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { printerSettingsSchema, type PrinterSettings } from '../../../common/print/printerSettings'
import type { LogRecord } from '../logger/logger'
import { createDeviceTransport } from './deviceTransport'
import { createPrintService, SlipRefused, type PrintServiceDeps } from './printService'
import { decodeEscposImages, imageToPng, inkBands } from './testing/escposDecode'
import { startFakeTcpPrinter, type FakeTcpPrinter } from './testing/fakePrinters'
import { syntheticSlip } from './testing/syntheticSlip'
import { transportFor } from './transports'

const QR = {
  'zh-Hans': '长春市救助管理站\n地址：长春市宽城区凯旋路\n电话：0431-8270 1234',
  en: 'Changchun Relief Station\nAddress: Kaixuan Road, Kuancheng\nPhone: 0431-8270 1234',
  ko: '장춘시 구조관리소\n주소: 관성구 개선로\n전화: 0431-8270 1234',
}

function setup(printer: Record<string, unknown>, extra: Partial<PrintServiceDeps> = {}) {
  const logs: LogRecord[] = []
  const counts: string[] = []
  let settings = printerSettingsSchema.parse(printer)
  const service = createPrintService({
    printer: async () => settings,
    now: () => new Date(),
    log: (r) => logs.push(r),
    count: (o) => counts.push(o),
    requireAdmin: async (s) => {
      if (s !== 'admin-session') throw new Error('not an admin')
    },
    ...extra,
  })
  return {
    service,
    logs,
    counts,
    set: (p: Record<string, unknown>) => (settings = printerSettingsSchema.parse(p)),
  }
}

/**
 * A printer set up as a kiosk would have it (/dev/usb/lp0), with a plain file standing in for
 * the device: the test's own device check lets the file through (the real one wants a
 * character device), and the file keeps every byte for decoding.
 */
function deviceStandIn(file: string, printer: Partial<PrinterSettings> = {}) {
  return setup(
    { kind: 'device', devicePath: '/dev/usb/lp0', ...printer } as Partial<PrinterSettings>,
    {
      transport: (p) =>
        p.kind === 'device' ? createDeviceTransport(file, async () => true) : transportFor(p),
    },
  )
}

/** Decodes every slip in the bytes and checks what a person would look for on paper. */
function expectSlips(bytes: Buffer, width: number, texts: string[]) {
  const images = decodeEscposImages(bytes)
  expect(images.map((i) => i.width)).toEqual(texts.map(() => width))
  images.forEach((image, n) => {
    const png = imageToPng(image)
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(texts[n])
    expect(inkBands(image).length).toBeGreaterThanOrEqual(4)
  })
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-print-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('printing to a device file', () => {
  it('prints zh-Hans, en and ko slips that decode to the same QR text, 80 mm wide', async () => {
    const device = join(dir, 'lp0')
    await writeFile(device, '')
    const { service, counts } = deviceStandIn(device)
    for (const text of Object.values(QR)) {
      const result = await service.printSlip({
        visit: 'visit-0001',
        kind: 'place',
        slip: syntheticSlip(576, text),
      })
      expect(result.ok).toBe(true)
    }
    expectSlips(await readFile(device), 576, Object.values(QR))
    expect(counts).toEqual(['printed', 'printed', 'printed'])
  })

  it('reports an unplugged printer, logs it once, and recovers when it is back', async () => {
    const device = join(dir, 'lp0')
    const { service, logs, counts } = deviceStandIn(device)
    expect(await service.status('visit-0001')).toMatchObject({ ready: false, fault: 'offline' })
    const slip = syntheticSlip(576, QR.en)
    const failed = await service.printSlip({ visit: 'visit-0001', kind: 'place', slip })
    expect(failed).toMatchObject({ ok: false, fault: 'offline' })
    expect(counts).toEqual(['failed'])
    const errors = logs.filter((l) => l.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toContain('is not there')

    await writeFile(device, '') // plugged back in
    expect(await service.printSlip({ visit: 'visit-0001', kind: 'place', slip })).toMatchObject({
      ok: true,
      status: { ready: true, sessionLeft: 2 },
    })
    expect(logs.at(-1)?.message).toMatch(/printing again/)
  })

  it('takes a character device that does not answer the paper status as ready', async () => {
    // /dev/null is a character device that swallows writes and never answers DLE EOT 4; the
    // real device check is used, apart from the path rule (/dev/null is no printer's name).
    const check = async (path: string) => ((await stat(path)).isCharacterDevice() ? true : 'no')
    const { service } = setup(
      { kind: 'device', devicePath: '/dev/usb/lp0' },
      { transport: () => createDeviceTransport('/dev/null', check) },
    )
    expect(await service.status('visit-0001')).toMatchObject({ ready: true, paperLow: false })
    const slip = syntheticSlip(576, 'x')
    expect((await service.printSlip({ visit: 'visit-0001', kind: 'place', slip })).ok).toBe(true)
  })

  it('refuses a slip drawn for the other paper width', async () => {
    const device = join(dir, 'lp0')
    await writeFile(device, '')
    const { service } = deviceStandIn(device, { paperWidth: 58 })
    await expect(
      service.printSlip({ visit: 'visit-0001', kind: 'place', slip: syntheticSlip(576, 'x') }),
    ).rejects.toBeInstanceOf(SlipRefused)
    expect(await readFile(device, 'utf8')).toBe('')
  })

  it('holds a visitor to the per-session limit and the kiosk to the hourly one', async () => {
    const device = join(dir, 'lp0')
    await writeFile(device, '')
    const { service } = deviceStandIn(device, { perSession: 2, perHour: 3 })
    const slip = syntheticSlip(576, 'x')
    const print = (visit: string) => service.printSlip({ visit, kind: 'hotline', slip })
    expect((await print('visit-aaaa')).ok).toBe(true)
    expect((await print('visit-aaaa')).ok).toBe(true)
    expect(await print('visit-aaaa')).toMatchObject({ ok: false, fault: 'limit-session' })
    expect((await print('visit-bbbb')).ok).toBe(true)
    expect(await print('visit-cccc')).toMatchObject({ ok: false, fault: 'limit-hour' })
    expect(decodeEscposImages(await readFile(device))).toHaveLength(3)
    // The admin's test slip is held to no visitor limit, but needs the admin session.
    expect((await service.printTest('admin-session', slip)).ok).toBe(true)
    await expect(service.printTest('someone', slip)).rejects.toThrow('not an admin')
  })
})

describe('printing over TCP (port 9100 style)', () => {
  let printer: FakeTcpPrinter
  beforeEach(async () => {
    printer = await startFakeTcpPrinter()
  })
  afterEach(async () => {
    await printer.close()
  })

  it('prints 58 mm slips in every script', async () => {
    const { service } = setup({
      kind: 'tcp',
      host: '127.0.0.1',
      port: printer.port,
      paperWidth: 58,
    })
    expect(await service.status('visit-0001')).toMatchObject({ ready: true, dots: 384 })
    for (const text of Object.values(QR)) {
      const slip = syntheticSlip(384, text)
      expect((await service.printSlip({ visit: 'visit-0002', kind: 'service', slip })).ok).toBe(
        true,
      )
    }
    expectSlips(printer.received(), 384, Object.values(QR))
  })

  it('reads paper-out before printing and sends nothing; paper low still prints', async () => {
    const { service, counts } = setup({ kind: 'tcp', host: '127.0.0.1', port: printer.port })
    printer.status = 0x12 | 0x60
    const slip = syntheticSlip(576, QR.ko)
    expect(await service.status('visit-0001')).toMatchObject({ ready: false, fault: 'paper-out' })
    expect(await service.printSlip({ visit: 'visit-0001', kind: 'place', slip })).toMatchObject({
      ok: false,
      fault: 'paper-out',
    })
    expect(printer.received()).toHaveLength(0)
    expect(counts).toEqual(['failed'])

    printer.status = 0x12 | 0x0c
    const printed = await service.printSlip({ visit: 'visit-0001', kind: 'place', slip })
    expect(printed).toMatchObject({ ok: true, status: { paperLow: true } })
  })

  it('takes a printer that stays silent on DLE EOT 4 as ready (status unknown)', async () => {
    printer.status = undefined
    const { service } = setup({ kind: 'tcp', host: '127.0.0.1', port: printer.port })
    expect(await service.status('visit-0001')).toMatchObject({ ready: true, paperLow: false })
  })

  it('treats a connection cut part way through the slip as a fault', async () => {
    const { service, logs } = setup({ kind: 'tcp', host: '127.0.0.1', port: printer.port })
    printer.cutAfter = 1000
    const slip = syntheticSlip(576, QR['zh-Hans'], 40)
    const result = await service.printSlip({ visit: 'visit-0001', kind: 'place', slip })
    expect(result).toMatchObject({ ok: false, fault: 'failed' })
    expect(logs.some((l) => l.level === 'error' && l.message.includes('broke off'))).toBe(true)
  })

  it('reports a printer that is not listening as offline', async () => {
    await printer.close()
    const { service } = setup({ kind: 'tcp', host: '127.0.0.1', port: printer.port })
    expect(await service.status('visit-0001')).toMatchObject({ ready: false, fault: 'offline' })
  })
})
