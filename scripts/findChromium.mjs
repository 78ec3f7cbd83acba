// Finds a Chromium the e2e suite can drive, without downloading anything: the kiosk's test
// machines are often offline, and the system Chromium is the one the browser host ships with.
import { accessSync, constants } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']
const FIXED_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** True when `path` is an executable file (the default existence probe). */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The executable Playwright would use from its own browser cache, whether or not it is installed. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright-core')
    return chromium.executablePath()
  } catch {
    return undefined
  }
}

/**
 * Every place a Chromium may live, in the order they are tried: CHROMIUM_PATH first (an explicit
 * choice always wins), then the usual system paths, then names on PATH, then Playwright's cache.
 */
export function chromiumCandidates(env = process.env, playwrightPath = playwrightChromium()) {
  const fromPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => SYSTEM_NAMES.map((name) => join(dir, name)))
  const all = [env.CHROMIUM_PATH, ...FIXED_PATHS, ...fromPath, playwrightPath]
  return [...new Set(all.filter((p) => typeof p === 'string' && p.length > 0))]
}

/**
 * The first Chromium that exists, or undefined. A CHROMIUM_PATH that points nowhere is reported
 * by the caller, not silently replaced, so a typo does not test against a different browser.
 */
export function findChromium(env = process.env, exists = isExecutable, playwrightPath) {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined
  const candidates = chromiumCandidates(env, playwrightPath ?? playwrightChromium())
  return candidates.find((p) => exists(p))
}

/** Plain instructions for a machine without any Chromium. */
export function howToGetChromium(platform = process.platform) {
  const lines = [
    'No Chromium found. The e2e suite needs one. Any of these works:',
    '  - set CHROMIUM_PATH=/path/to/chromium (or chrome) and run again;',
  ]
  if (platform === 'linux') {
    lines.push(
      '  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
      '    (Ubuntu without snap: chromium-browser; or install google-chrome-stable);',
      '  - Fedora: sudo dnf install chromium google-noto-sans-cjk-fonts;',
    )
  } else if (platform === 'darwin') {
    lines.push('  - macOS: install Google Chrome, or brew install --cask chromium;')
  } else if (platform === 'win32') {
    lines.push(
      '  - Windows: install Google Chrome or Chromium and set CHROMIUM_PATH to chrome.exe;',
    )
  }
  lines.push(
    '  - or let Playwright fetch its own build (needs internet): npx playwright install chromium',
  )
  return lines.join('\n')
}
