import type { Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../serve/rendererFiles'
import { APP_ORIGIN, isAppUrl } from './origin'
import { isBlockedShortcut } from './shortcuts'

export interface LockdownOptions {
  /** Packaged builds close devtools the moment they open; development keeps them. */
  isPackaged: boolean
  log: (line: string) => void
}

/**
 * Keeps a visitor inside the kiosk page: no navigation, redirect or frame navigation to
 * anything but app://kiosk, no new windows, no <webview>, no reload/zoom/devtools/close/print
 * shortcuts, no pinch or Ctrl+wheel zoom, no context menu, no devtools in packaged builds.
 * Every refusal is logged, so a technician can see what was tried.
 */
export function lockDownWebContents(contents: WebContents, options: LockdownOptions): void {
  const refuse = (what: string, url: string) => options.log(`Refused ${what} to ${url}`)

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return
    event.preventDefault()
    refuse('navigation', event.url)
  })
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return
    event.preventDefault()
    refuse('frame navigation', event.url)
  })
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return
    event.preventDefault()
    refuse('redirect', event.url)
  })
  contents.on('will-attach-webview', (event, _prefs, params) => {
    event.preventDefault()
    refuse('a <webview>', params.src ?? '(no src)')
  })
  // Without a handler Electron would pick the first Bluetooth device the page asks for.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault()
    callback('')
  })
  contents.setWindowOpenHandler(({ url }) => {
    refuse('a new window', url)
    return { action: 'deny' }
  })

  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault()
  })
  contents.on('zoom-changed', () => contents.setZoomLevel(0))
  contents.on('did-finish-load', () => {
    contents.setZoomLevel(0)
    void contents.setVisualZoomLevelLimits(1, 1)
  })
  contents.on('context-menu', (event) => event.preventDefault())

  if (options.isPackaged) {
    contents.on('devtools-opened', () => {
      options.log('Devtools were opened in a packaged build; closing them')
      contents.closeDevTools()
    })
  }
}

/**
 * Whether a permission *check* (never a request) may pass: only the kiosk's own page asking
 * whether it may see audio devices. Chromium asks it when the page lists devices
 * (enumerateDevices), and the admin's headphones choice needs the output devices' ids and names
 * (issue 26, private listening). Capture stays refused: getUserMedia goes through the request
 * handler, which denies everything.
 */
export function allowedPermissionCheck(
  permission: string,
  requestingOrigin: string,
  details: { mediaType?: string },
): boolean {
  return permission === 'media' && details.mediaType === 'audio' && requestingOrigin === APP_ORIGIN
}

/**
 * Denies every permission the page could ask for (camera, microphone, location, notifications,
 * USB, serial, HID, …) and every download: a kiosk page needs none, and a prompt or a Save
 * dialog on a public screen is a trap. The one check that passes: allowedPermissionCheck.
 */
export function denyAllPermissions(session: Session, log: (line: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Refused permission request: ${permission}`)
    callback(false)
  })
  session.setPermissionCheckHandler((_contents, permission, origin, details) =>
    allowedPermissionCheck(permission, origin, details),
  )
  session.setDevicePermissionHandler(() => false)
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null))
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault()
    callback('')
  })
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  // A download would open a Save dialog: a file browser on a public screen.
  session.on('will-download', (event, item) => {
    event.preventDefault()
    log(`Refused a download of ${item.getURL()}`)
  })
}

/**
 * Defence in depth for the CSP: app:// responses carry it already (protocol.ts); this puts it on
 * any other response the session ever sees, replacing whatever policy that response brought.
 */
export function enforceCspHeader(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    )
    callback({
      responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
}
