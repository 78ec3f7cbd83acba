import { beforeEach, describe, expect, it } from 'vitest'
import { PrintFailure } from '../services/printing/printerTransport'
import { createOsPrint } from './osPrinter'
import { FakeBrowserWindow, FakeWebContents } from './testing/fakeElectron'

const PNG_BYTES = Buffer.from('89504e470d0a1a0a', 'hex')
let kiosk: FakeWebContents
let answer: FakeWebContents['printAnswer']

/** The fake window class, with every new window's print answer set by the test. */
class PrintWindow extends FakeBrowserWindow {
  constructor(options: Record<string, unknown>) {
    super(options)
    this.webContents.printAnswer = answer
  }
}

const osPrint = () => createOsPrint(PrintWindow as never, () => kiosk.getPrintersAsync())

beforeEach(() => {
  FakeBrowserWindow.instances = []
  kiosk = new FakeWebContents()
  kiosk.printers = [{ name: 'TM-T20' }]
  answer = [true, '']
})

describe('OS printer (Electron silent printing)', () => {
  it('prints the slip silently in a hidden, script-less window, then closes it', async () => {
    await osPrint().print(PNG_BYTES, 'TM-T20', AbortSignal.timeout(5000))
    const win = FakeBrowserWindow.instances[0]!
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, javascript: false },
    })
    expect(decodeURIComponent(win.loadedUrl ?? '')).toContain(
      `data:image/png;base64,${PNG_BYTES.toString('base64')}`,
    )
    expect(win.webContents.printed).toEqual([
      expect.objectContaining({ silent: true, deviceName: 'TM-T20' }),
    ])
    expect(win.isDestroyed()).toBe(true)
  })

  it('turns a refused print and a print past the time limit into faults, closing the window', async () => {
    answer = [false, 'Print job failed']
    await expect(
      osPrint().print(PNG_BYTES, undefined, AbortSignal.timeout(5000)),
    ).rejects.toMatchObject({
      fault: 'failed',
    })
    answer = 'never'
    const controller = new AbortController()
    const printing = osPrint().print(PNG_BYTES, undefined, controller.signal)
    controller.abort()
    await expect(printing).rejects.toBeInstanceOf(PrintFailure)
    await expect(printing).rejects.toMatchObject({ fault: 'timeout' })
    expect(FakeBrowserWindow.instances.every((w) => w.isDestroyed())).toBe(true)
  })

  it('is ready only when the OS knows the printer', async () => {
    expect(await osPrint().probe('TM-T20')).toEqual({ ok: true })
    expect(await osPrint().probe('Other')).toMatchObject({ ok: false })
    kiosk.printers = []
    expect(await osPrint().probe(undefined)).toMatchObject({
      ok: false,
      detail: 'the OS has no printer',
    })
  })
})
