import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron'
import { lockDownWebContents } from './lockdown'
import { APP_ENTRY_URL } from './origin'

export interface KioskWindowOptions {
  preloadPath: string
  isPackaged: boolean
  /** Hide the mouse pointer (touch-only kiosks, where a parked pointer just covers content). */
  hideCursor?: boolean
  log: (line: string) => void
}

/**
 * The kiosk window's options: full-screen kiosk mode without a menu, and the renderer boxed in
 * by Electron's whole security checklist (isolated, sandboxed, no Node, web security on, no
 * webview, no insecure content). Devtools exist only in development builds.
 */
export function kioskWindowOptions(options: KioskWindowOptions): BrowserWindowConstructorOptions {
  return {
    show: false,
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !options.isPackaged,
      navigateOnDragDrop: false,
      disableDialogs: true,
      experimentalFeatures: false,
      enableWebSQL: false,
      disableBlinkFeatures: 'Auxclick',
    },
  }
}

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow

/**
 * Opens the kiosk window on app://kiosk with every lockdown handler attached before the first
 * load, so there is no moment in which the page is unguarded. Shown once it has painted.
 */
export function createKioskWindow(
  BrowserWindowCtor: BrowserWindowClass,
  options: KioskWindowOptions,
): BrowserWindow {
  const win = new BrowserWindowCtor(kioskWindowOptions(options))
  win.removeMenu()
  lockDownWebContents(win.webContents, options)
  if (options.hideCursor) {
    win.webContents.on('did-finish-load', () => {
      void win.webContents.insertCSS('*, *::before, *::after { cursor: none !important; }')
    })
  }
  win.once('ready-to-show', () => win.show())
  void win.loadURL(APP_ENTRY_URL).catch((err: unknown) => {
    options.log(
      `The kiosk page failed to load: ${err instanceof Error ? err.message : String(err)}`,
    )
  })
  return win
}
