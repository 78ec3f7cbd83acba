import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WebContents } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { printChannels } from '../../common/print/printApi'
import { printerSettingsSchema } from '../../common/print/printerSettings'
import { createPrintBridge } from '../preload/printBridge'
import { createPrintService } from '../services/printing/printService'
import { decodeEscposImages } from '../services/printing/testing/escposDecode'
import { syntheticSlip } from '../services/printing/testing/syntheticSlip'
import { fakeServices } from '../web/testSupport'
import { registerPrintIpc } from './printIpc'
import { FakeIpcMain, FakeWebContents } from './testing/fakeElectron'

const SESSION = 's'.repeat(43)
let dir: string
let device: string
let ipcMain: FakeIpcMain
let kiosk: FakeWebContents
const fromKiosk = () => ({ sender: kiosk, senderFrame: kiosk.mainFrame })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'print-ipc-'))
  device = join(dir, 'lp0')
  await writeFile(device, '')
  ipcMain = new FakeIpcMain()
  kiosk = new FakeWebContents()
  const services = fakeServices('electron')
  services.print = createPrintService({
    printer: async () => printerSettingsSchema.parse({ kind: 'device', devicePath: device }),
    now: () => new Date(),
    log: () => undefined,
    count: () => undefined,
    requireAdmin: async (s) => {
      if (s !== SESSION) throw new Error('an admin session is required')
    },
  })
  registerPrintIpc(ipcMain as unknown as Parameters<typeof registerPrintIpc>[0], services, {
    kioskContents: () => kiosk as unknown as WebContents,
    log: () => undefined,
  })
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

const bridge = () =>
  createPrintBridge({
    invoke: (channel: string, ...args: unknown[]) => ipcMain.invoke(channel, fromKiosk(), ...args),
  })

describe('registerPrintIpc', () => {
  it('registers every print channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      Object.values(printChannels)
        .map((c) => c.channel)
        .sort(),
    )
  })

  it('prints a slip through the preload bridge and reports what is left', async () => {
    const kioskApi = bridge()
    expect(await kioskApi.status('visit-0001')).toMatchObject({ ready: true, dots: 576 })
    const slip = syntheticSlip(576, '长春 救助')
    const result = await kioskApi.printSlip({ visit: 'visit-0001', kind: 'service', slip })
    expect(result).toMatchObject({ ok: true, status: { sessionLeft: 2 } })
    expect(decodeEscposImages(await readFile(device))).toHaveLength(1)
  })

  it('refuses a malformed slip and a test slip without the admin session, printing nothing', async () => {
    const kioskApi = bridge()
    const bad = {
      visit: 'visit-0001',
      kind: 'place' as const,
      slip: { width: 576, height: 2, bits: '' },
    }
    await expect(kioskApi.printSlip(bad)).rejects.toThrow(/invalid arguments: .*slip\.bits/)
    await expect(kioskApi.printTest('nobody', syntheticSlip(576, 'x'))).rejects.toThrow()
    await expect(kioskApi.printTest(SESSION, syntheticSlip(576, 'x'))).resolves.toMatchObject({
      ok: true,
    })
    expect(decodeEscposImages(await readFile(device))).toHaveLength(1)
  })
})
