import type { Session } from 'electron'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../serve/rendererFiles'
import { denyAllPermissions, enforceCspHeader } from './lockdown'
import { fakeEvent, FakeBrowserWindow, FakeSession } from './testing/fakeElectron'
import { createKioskWindow, kioskWindowOptions } from './window'

type WindowCtor = Parameters<typeof createKioskWindow>[0]

function openWindow(isPackaged = true) {
  FakeBrowserWindow.instances = []
  const logs: string[] = []
  createKioskWindow(FakeBrowserWindow as unknown as WindowCtor, {
    preloadPath: '/app/dist/electron/preload.cjs',
    isPackaged,
    log: (l) => logs.push(l),
  })
  const win = FakeBrowserWindow.instances[0]!
  return { win, contents: win.webContents, logs }
}

describe('kiosk window options', () => {
  it('boxes the renderer in: isolated, sandboxed, no Node, web security on', () => {
    const { win } = openWindow()
    expect(win.options).toEqual(
      kioskWindowOptions({
        preloadPath: '/app/dist/electron/preload.cjs',
        isPackaged: true,
        log: () => {},
      }),
    )
    expect(win.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      autoHideMenuBar: true,
      webPreferences: {
        preload: '/app/dist/electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
        devTools: false,
      },
    })
    expect(win.menuRemoved).toBe(true)
  })

  it('keeps devtools available in development builds only', () => {
    const options = kioskWindowOptions({ preloadPath: 'p', isPackaged: false, log: () => {} })
    expect(options.webPreferences?.devTools).toBe(true)
  })

  it('loads the app:// entry and shows the window once painted', () => {
    const { win } = openWindow()
    expect(win.loadedUrl).toBe('app://kiosk/index.html')
    expect(win.shown).toBe(false)
    win.emit('ready-to-show')
    expect(win.shown).toBe(true)
  })
})

describe('navigation lockdown', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    '%s to another origin is prevented; within app://kiosk it is allowed',
    (eventName) => {
      const { contents, logs } = openWindow()
      for (const url of [
        'https://example.com/',
        'file:///etc/passwd',
        'app://other/index.html',
        'javascript:alert(1)',
      ]) {
        const event = fakeEvent({ url })
        contents.emit(eventName, event)
        expect(event.defaultPrevented, url).toBe(true)
      }
      const inside = fakeEvent({ url: 'app://kiosk/index.html#/home' })
      contents.emit(eventName, inside)
      expect(inside.defaultPrevented).toBe(false)
      expect(logs.some((l) => l.includes('https://example.com/'))).toBe(true)
    },
  )

  it('denies window.open, even for the app itself', () => {
    const { contents } = openWindow()
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    })
    expect(contents.windowOpenHandler?.({ url: 'app://kiosk/index.html' })).toEqual({
      action: 'deny',
    })
  })

  it('chooses no Bluetooth device when the page asks for one', () => {
    const { contents } = openWindow()
    const event = fakeEvent()
    let chosen: string | undefined
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'a' }], (id: string) => {
      chosen = id
    })
    expect(event.defaultPrevented).toBe(true)
    expect(chosen).toBe('')
  })

  it('refuses to attach a <webview>', () => {
    const { contents } = openWindow()
    const event = fakeEvent()
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' })
    expect(event.defaultPrevented).toBe(true)
  })
})

describe('input lockdown', () => {
  const key = (
    k: string,
    mods: Partial<Record<'control' | 'meta' | 'alt' | 'shift', boolean>> = {},
  ) => ({
    type: 'keyDown',
    key: k,
    code: '',
    control: false,
    meta: false,
    alt: false,
    shift: false,
    ...mods,
  })

  it.each([
    ['Ctrl+R', key('r', { control: true })],
    ['Cmd+R', key('r', { meta: true })],
    ['F5', key('F5')],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl+-', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true })],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['F11', key('F11')],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
  ])('swallows %s', (_name, input) => {
    const { contents } = openWindow()
    const event = fakeEvent()
    contents.emit('before-input-event', event, input)
    expect(event.defaultPrevented).toBe(true)
  })

  it.each([
    ['ArrowDown', key('ArrowDown')],
    ['Enter', key('Enter')],
    ['Escape', key('Escape')],
    ['Tab', key('Tab')],
    ['a', key('a')],
    ['Ctrl+C', key('c', { control: true })],
  ])('lets %s through to the UI (keypad and typing keep working)', (_name, input) => {
    const { contents } = openWindow()
    const event = fakeEvent()
    contents.emit('before-input-event', event, input)
    expect(event.defaultPrevented).toBe(false)
  })

  it('turns pinch and Ctrl+wheel zoom off and prevents the context menu', () => {
    const { contents } = openWindow()
    contents.emit('did-finish-load')
    expect(contents.visualZoomLimits).toEqual([1, 1])
    contents.zoomLevel = 3
    contents.emit('zoom-changed', fakeEvent(), 'in')
    expect(contents.zoomLevel).toBe(0)
    const menu = fakeEvent()
    contents.emit('context-menu', menu, {})
    expect(menu.defaultPrevented).toBe(true)
  })

  it('leaves the pointer alone unless asked to hide it', () => {
    const { contents } = openWindow()
    contents.emit('did-finish-load')
    expect(contents.insertedCss).toEqual([])
  })

  it('closes devtools in packaged builds, leaves them in development', () => {
    const packaged = openWindow(true).contents
    packaged.emit('devtools-opened')
    expect(packaged.devToolsClosed).toBe(1)
    const dev = openWindow(false).contents
    dev.emit('devtools-opened')
    expect(dev.devToolsClosed).toBe(0)
  })
})

describe('permissions', () => {
  it('denies every request, check and device permission', () => {
    const session = new FakeSession()
    const logs: string[] = []
    denyAllPermissions(session as unknown as Session, (l) => logs.push(l))
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fullscreen',
    ]) {
      let granted: boolean | undefined
      session.permissionRequestHandler?.({}, permission, (g) => (granted = g))
      expect(granted, permission).toBe(false)
    }
    expect(session.permissionCheckHandler?.({}, 'media', 'app://kiosk', {})).toBe(false)
    // Listing audio devices (the headphones choice) is the one check that passes, for the
    // kiosk's own page only; video, other origins and other permissions stay refused.
    const check = (permission: string, origin: string, mediaType?: string) =>
      session.permissionCheckHandler?.({}, permission, origin, { mediaType })
    expect(check('media', 'app://kiosk', 'audio')).toBe(true)
    expect(check('media', 'app://kiosk', 'video')).toBe(false)
    expect(check('media', 'https://example.org', 'audio')).toBe(false)
    expect(check('geolocation', 'app://kiosk')).toBe(false)
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false)
    let streams: unknown = 'unset'
    session.displayMediaHandler?.({}, (s) => (streams = s))
    expect(streams).toBeNull()
    let serial: unknown = 'unset'
    const event = fakeEvent()
    session.emit('select-serial-port', event, [{ portId: '1' }], {}, (id: string) => (serial = id))
    expect(event.defaultPrevented).toBe(true)
    expect(serial).toBe('')
    expect(logs).toContain('Refused permission request: media')
  })

  it('refuses every download (its Save dialog would browse the disk)', () => {
    const session = new FakeSession()
    const logs: string[] = []
    denyAllPermissions(session as unknown as Session, (l) => logs.push(l))
    const event = fakeEvent()
    session.emit('will-download', event, { getURL: () => 'app://kiosk/leaflet.pdf' }, {})
    expect(event.defaultPrevented).toBe(true)
    expect(logs).toContain('Refused a download of app://kiosk/leaflet.pdf')
  })
})

describe('CSP on every response', () => {
  it('replaces any policy a response brings with the kiosk CSP', () => {
    const session = new FakeSession()
    enforceCspHeader(session as unknown as Session)
    let headers: Record<string, string | string[]> | undefined
    session.headersReceived?.(
      {
        responseHeaders: {
          'content-security-policy': ['default-src *'],
          'Content-Type': ['text/html'],
        },
      },
      (response) => (headers = response.responseHeaders),
    )
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })
})
