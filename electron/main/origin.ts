/** The kiosk's only origin: the renderer is served from the privileged `app://` scheme. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'kiosk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * True only for URLs of the kiosk itself. Everything else (http, file, data, javascript,
 * another app:// host, unparseable text) is foreign and may not be navigated to or call IPC.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST
  } catch {
    return false
  }
}
