import { join } from 'node:path'
import type * as Electron from 'electron'
import type { KioskServices, KioskServicesOptions } from '../services/kioskServices'
import { createHostControl } from './hostControl'
import { registerIpc } from './ipc'
import { denyAllPermissions, enforceCspHeader } from './lockdown'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { readKioskCareFlags, startKioskCare } from './kioskCare'
import { attachRecovery } from './recovery'
import { realTimers, relaunchApp } from './selfHealing'
import { createKioskWindow } from './window'
import { createOsPrint } from './osPrinter'

export type ElectronModules = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'ipcMain' | 'protocol' | 'session' | 'Menu' | 'powerSaveBlocker'
>

export interface BootstrapOptions {
  argv: readonly string[]
  /** Used when no --data-dir is given (the per-user app data folder). */
  defaultDataDir: string
  /** Folder holding the app (package.json, dist/); `app.getAppPath()`. */
  appDir: string
  resourcesDir: string
  preloadPath: string
  createServices: (options: KioskServicesOptions) => Promise<KioskServices>
  log: (line: string) => void
  /** Resolves when logged lines are on disk; a relaunch waits for it (briefly) first. */
  flushLog?: () => Promise<void>
}

const DEBUG_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'inspect',
  'inspect-brk',
  'inspect-port',
]

/** `--name value` or `--name=value` from the command line; undefined when absent or empty. */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3) || undefined
    if (arg === `--${name}`) return argv[i + 1] || undefined
  }
  return undefined
}

/** The debugging switch the process was started with, if any. */
export function debugSwitchIn(argv: readonly string[]): string | undefined {
  return DEBUG_SWITCHES.find((s) => argv.some((a) => a === `--${s}` || a.startsWith(`--${s}=`)))
}

/**
 * An uncaught error in the main process would make Electron show an error dialog on the public
 * screen; instead it is logged and the app relaunches into a known state. A stray rejected
 * promise is only logged.
 */
export function installCrashHandlers(
  proc: Pick<NodeJS.Process, 'on'>,
  app: Pick<Electron.App, 'relaunch' | 'exit'>,
  log: (line: string) => void,
  flushLog?: () => Promise<void>,
): void {
  proc.on('uncaughtException', (err) => {
    log(`Uncaught error in the main process, relaunching: ${err.stack ?? err.message}`)
    relaunchApp(app, 1, flushLog)
  })
  proc.on('unhandledRejection', (reason) => {
    log(`Unhandled rejection in the main process: ${String(reason)}`)
  })
}

/**
 * Starts the Electron host: refuses debug switches in packaged builds and a second instance,
 * places all state in the data folder, registers app:// before ready, then (once ready) denies
 * permissions, serves the renderer, builds the services, wires IPC and opens the locked-down
 * window. Returns false when this process is quitting instead of starting.
 */
export async function bootstrap(
  electron: ElectronModules,
  options: BootstrapOptions,
): Promise<boolean> {
  const { app } = electron
  const debugSwitch = debugSwitchIn(options.argv)
  if (debugSwitch && app.isPackaged) {
    options.log(`Refusing to start with --${debugSwitch}: debugging is off on a kiosk`)
    app.quit()
    return false
  }
  if (!app.requestSingleInstanceLock()) {
    options.log('Another kiosk instance is running; this one quits')
    app.quit()
    return false
  }

  let kioskWindow: Electron.BrowserWindow | undefined
  const dataDir = readFlag(options.argv, 'data-dir') ?? options.defaultDataDir
  app.setPath('userData', dataDir)
  app.setPath('sessionData', join(dataDir, 'session'))
  app.commandLine.appendSwitch('overscroll-history-navigation', '0')
  app.commandLine.appendSwitch('disable-pinch')
  // Every renderer sandboxed, not only the kiosk window's (must happen before ready).
  app.enableSandbox()
  registerAppScheme(electron.protocol)
  electron.Menu.setApplicationMenu(null)

  // Any web contents that ever appears (not just ours) gets no windows and no <webview>.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })

  await app.whenReady()
  denyAllPermissions(electron.session.defaultSession, options.log)
  enforceCspHeader(electron.session.defaultSession)
  const services = await options.createServices({
    dataDir,
    resourcesDir: options.resourcesDir,
    host: 'electron',
    contentFile: readFlag(options.argv, 'content'),
    packageJsonFile: join(options.appDir, 'package.json'),
    hostControl: createHostControl(app, options.flushLog),
    // Printers are listed through the kiosk window (created below, asked only later).
    osPrint: createOsPrint(electron.BrowserWindow, () =>
      kioskWindow && !kioskWindow.isDestroyed()
        ? kioskWindow.webContents.getPrintersAsync()
        : undefined,
    ),
  })
  handleAppProtocol(
    electron.protocol,
    join(options.appDir, 'dist', 'renderer'),
    services.contentFiles,
  )

  // Handlers are registered in the same tick the window starts loading, before any page script.
  const win = (kioskWindow = createKioskWindow(electron.BrowserWindow, {
    preloadPath: options.preloadPath,
    isPackaged: app.isPackaged,
    hideCursor: options.argv.includes('--hide-cursor'),
    log: options.log,
  }))
  registerIpc(electron.ipcMain, services, {
    kioskContents: () => (win.isDestroyed() ? undefined : win.webContents),
    log: options.log,
  })
  attachRecovery(win, {
    now: Date.now,
    relaunch: () => relaunchApp(app, 0, options.flushLog),
    log: options.log,
  })

  // Screen kept on during --display-hours (always without it); optional --daily-restart=HH:MM.
  const care = readKioskCareFlags((name) => readFlag(options.argv, name), options.log)
  startKioskCare(electron, care, {
    timers: realTimers,
    log: options.log,
    flushLog: options.flushLog,
  })

  app.on('second-instance', () => {
    if (win.isDestroyed()) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => void services.close())
  return true
}
