import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron'
import { PrintFailure } from '../services/printing/printerTransport'
import type { OsPrint } from '../services/printing/transports'

type WindowCtor = new (options: BrowserWindowConstructorOptions) => Pick<
  BrowserWindow,
  'loadURL' | 'destroy' | 'isDestroyed'
> & {
  webContents: Pick<WebContents, 'print'>
}

/**
 * The operating system's printer through Electron's silent printing, for kiosks whose receipt
 * printer has a driver (Windows) rather than a raw ESC/POS connection. The slip PNG is put in a
 * hidden, sandboxed window with scripts off and printed without a dialog; the window is closed
 * when the print is done, fails, or the time limit aborts it. The probe checks that the named
 * printer (or any printer, for the default) is known to the OS.
 */
export function createOsPrint(
  Window: WindowCtor,
  printersOf: () => Promise<{ name: string }[]> | undefined,
): OsPrint {
  return {
    async probe(name) {
      const printers = (await printersOf()) ?? []
      if (name === undefined)
        return printers.length > 0 ? { ok: true } : { ok: false, detail: 'the OS has no printer' }
      return printers.some((p) => p.name === name)
        ? { ok: true }
        : { ok: false, detail: `the OS has no printer named "${name}"` }
    },
    async print(png, name, signal) {
      const win = new Window({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, javascript: false },
      })
      const close = () => {
        if (!win.isDestroyed()) win.destroy()
      }
      try {
        const html = `<!doctype html><meta charset="utf-8"><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png.toString('base64')}">`
        await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
        await new Promise<void>((resolve, reject) => {
          const onAbort = () => reject(new PrintFailure('timeout', 'the OS printer took too long'))
          if (signal.aborted) return onAbort()
          signal.addEventListener('abort', onAbort, { once: true })
          win.webContents.print(
            {
              silent: true,
              printBackground: false,
              margins: { marginType: 'none' },
              ...(name ? { deviceName: name } : {}),
            },
            (success, reason) => {
              signal.removeEventListener('abort', onAbort)
              if (success) resolve()
              else reject(new PrintFailure('failed', `the OS printer refused the slip: ${reason}`))
            },
          )
        })
      } finally {
        close()
      }
    },
  }
}
