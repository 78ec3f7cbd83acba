// A stand-in for the parts of the `electron` module the main process and preload use, so their
// behaviour can be tested in Node (there is no Electron binary on CI machines). Each fake records
// what was done to it and lets a test fire the events Electron would fire.
import { EventEmitter } from 'node:events'

/** An Electron-style event: `preventDefault()` marks it, extra fields (url, …) ride along. */
export function fakeEvent<T extends object>(fields: T = {} as T) {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true
    },
  }
  return event
}

export interface FakeFrame {
  processId: number
  routingId: number
  url: string
  parent: FakeFrame | null
}

let nextId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++
  mainFrame: FakeFrame = { processId: 7, routingId: 1, url: 'app://kiosk/index.html', parent: null }
  windowOpenHandler?: (details: { url: string }) => { action: string }
  zoomLevel?: number
  visualZoomLimits?: [number, number]
  devToolsClosed = 0
  reloads = 0
  destroyed = false
  readonly sent: { channel: string; payload: unknown }[] = []
  readonly insertedCss: string[] = []
  insertCSS(css: string) {
    this.insertedCss.push(css)
    return Promise.resolve('key')
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
  setZoomLevel(level: number) {
    this.zoomLevel = level
  }
  setVisualZoomLevelLimits(min: number, max: number) {
    this.visualZoomLimits = [min, max]
    return Promise.resolve()
  }
  closeDevTools() {
    this.devToolsClosed += 1
  }
  reload() {
    this.reloads += 1
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload })
  }
  isDestroyed() {
    return this.destroyed
  }
  /** Printers the fake OS knows, and what silent printing answers. */
  printers: { name: string }[] = []
  printAnswer: [boolean, string] | 'never' = [true, '']
  readonly printed: Record<string, unknown>[] = []
  getPrintersAsync() {
    return Promise.resolve(this.printers)
  }
  print(options: Record<string, unknown>, callback: (success: boolean, reason: string) => void) {
    this.printed.push(options)
    if (this.printAnswer !== 'never') callback(...this.printAnswer)
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  loadedUrl?: string
  menuRemoved = false
  shown = false
  focused = 0
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
  removeMenu() {
    this.menuRemoved = true
  }
  show() {
    this.shown = true
  }
  focus() {
    this.focused += 1
  }
  isMinimized() {
    return false
  }
  restore() {}
  isDestroyed() {
    return this.webContents.destroyed
  }
  destroy() {
    this.webContents.destroyed = true
  }
  loadURL(url: string) {
    this.loadedUrl = url
    return Promise.resolve()
  }
}

export type IpcHandler = (event: unknown, ...args: unknown[]) => unknown

export class FakeIpcMain {
  readonly handlers = new Map<string, IpcHandler>()
  handle(channel: string, handler: IpcHandler) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, handler)
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel)
  }
  /** Calls a handler the way Electron would for `ipcRenderer.invoke(channel, ...args)`. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return handler(event, ...args)
  }
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler?: (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
  ) => void
  permissionCheckHandler?: (...args: unknown[]) => boolean
  devicePermissionHandler?: (...args: unknown[]) => boolean
  displayMediaHandler?: (request: unknown, callback: (streams: unknown) => void) => void
  headersReceived?: (
    details: { responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
  ) => void
  readonly webRequest = {
    onHeadersReceived: (listener: FakeSession['headersReceived']) => {
      this.headersReceived = listener
    },
  }
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']) {
    this.devicePermissionHandler = handler
  }
  setDisplayMediaRequestHandler(handler: FakeSession['displayMediaHandler']) {
    this.displayMediaHandler = handler
  }
}

export class FakeProtocol {
  readonly privileged: unknown[] = []
  readonly handlers = new Map<string, (request: Request) => Promise<Response>>()
  /** Set by the test to check that registration happens before `app` is ready. */
  readyAtRegistration?: boolean
  constructor(private readonly app?: FakeApp) {}
  registerSchemesAsPrivileged(schemes: unknown[]) {
    this.readyAtRegistration = this.app?.ready
    this.privileged.push(...schemes)
  }
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    this.handlers.set(scheme, handler)
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = false
  ready = false
  gotLock = true
  quitCalls = 0
  exitCodes: number[] = []
  relaunches = 0
  /** undefined until enableSandbox(); then whether it came before `ready` (as it must). */
  sandboxEnabledBeforeReady?: boolean
  readonly paths = new Map<string, string>()
  readonly switches: [string, string | undefined][] = []
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => this.switches.push([name, value]),
  }
  requestSingleInstanceLock() {
    return this.gotLock
  }
  quit() {
    this.quitCalls += 1
  }
  exit(code = 0) {
    this.exitCodes.push(code)
  }
  relaunch() {
    this.relaunches += 1
  }
  enableSandbox() {
    this.sandboxEnabledBeforeReady = !this.ready
  }
  setPath(name: string, value: string) {
    this.paths.set(name, value)
  }
  getAppPath() {
    return '/app'
  }
  whenReady() {
    this.ready = true
    return Promise.resolve()
  }
}

export class FakeIpcRenderer extends EventEmitter {
  readonly invoked: { channel: string; args: unknown[] }[] = []
  reply: (channel: string) => unknown = () => undefined
  invoke(channel: string, ...args: unknown[]) {
    this.invoked.push({ channel, args })
    return Promise.resolve(this.reply(channel))
  }
}

export class FakeContextBridge {
  readonly exposed = new Map<string, unknown>()
  exposeInMainWorld(key: string, api: unknown) {
    this.exposed.set(key, api)
  }
}

/** A fresh fake `electron` module. */
export function fakeElectron() {
  const app = new FakeApp()
  FakeBrowserWindow.instances = []
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: new FakeIpcMain(),
    protocol: new FakeProtocol(app),
    session: { defaultSession: new FakeSession() },
    Menu: {
      applicationMenu: 'default' as unknown,
      setApplicationMenu(menu: unknown) {
        this.applicationMenu = menu
      },
    },
    powerSaveBlocker: {
      started: [] as string[],
      start(type: string) {
        this.started.push(type)
        return this.started.length
      },
    },
    contextBridge: new FakeContextBridge(),
    ipcRenderer: new FakeIpcRenderer(),
  }
}
export type FakeElectron = ReturnType<typeof fakeElectron>
