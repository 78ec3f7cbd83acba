import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

type Env = Record<string, string | undefined>

/** Whether a window can be shown at all: Windows and macOS always, Linux with X11 or Wayland. */
export function hasDisplay(platform: NodeJS.Platform, env: Env): boolean {
  if (platform === 'win32' || platform === 'darwin') return true
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

function candidates(platform: NodeJS.Platform, env: Env): string[] {
  const fromEnv = [env.CHROMIUM_PATH, env.CHROME_PATH].filter((p): p is string => Boolean(p))
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (p): p is string => Boolean(p),
    )
    return [
      ...fromEnv,
      ...roots.map((r) => join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((r) => join(r, 'Chromium', 'Application', 'chrome.exe')),
      ...roots.map((r) => join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ]
  }
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ]
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ]
}

/** The first Chromium-family browser installed here (CHROMIUM_PATH / CHROME_PATH first). */
export function findChromium(
  platform: NodeJS.Platform,
  env: Env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  return candidates(platform, env).find((path) => exists(path))
}

/**
 * Flags for a kiosk-mode window on `url`: app mode without browser chrome, full screen, its own
 * throw-away profile (so no one's bookmarks, logins or sync appear), and nothing that phones home.
 */
export function kioskBrowserArgs(
  url: string,
  profileDir: string,
  runningAsRoot: boolean,
): string[] {
  return [
    `--app=${url}`,
    '--kiosk',
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-features=Translate',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--noerrdialogs',
    // Chromium refuses to start as root with its sandbox on (containers, some kiosk images).
    ...(runningAsRoot ? ['--no-sandbox'] : []),
  ]
}

/**
 * Opens `url` in a local Chromium in kiosk mode and returns a handle that closes it and removes
 * its temporary profile. Returns undefined (after saying why) when there is no display or no
 * browser, so the host keeps running for a browser opened by hand.
 */
export function openKioskBrowser(
  url: string,
  log: (line: string) => void,
): { close(): void } | undefined {
  if (!hasDisplay(process.platform, process.env)) {
    log('No display found ($DISPLAY / $WAYLAND_DISPLAY); open the address above in a browser.')
    return undefined
  }
  const browser = findChromium(process.platform, process.env)
  if (!browser) {
    log('No Chromium or Chrome found (set CHROMIUM_PATH); open the address above in a browser.')
    return undefined
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'relief-kiosk-browser-'))
  const asRoot = process.getuid?.() === 0
  const child: ChildProcess = spawn(browser, kioskBrowserArgs(url, profileDir, asRoot), {
    stdio: 'ignore',
  })
  const cleanUp = () => {
    try {
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 })
    } catch {
      // A leftover temp profile is harmless; the OS clears tmp.
    }
  }
  child.on('error', (err) => {
    log(`Could not start ${browser}: ${err.message}`)
    cleanUp()
  })
  child.on('exit', cleanUp)
  return {
    close() {
      if (child.exitCode === null) child.kill()
    },
  }
}
