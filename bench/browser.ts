import { chromium, type Browser } from 'playwright'
import { findChromium } from '../scripts/findChromium.mjs'

/** The launch flags the kiosk team agreed for this machine (headless, no GPU, no network noise). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // WebGL for the street map: SwiftShader on the CPU (see playwright.config.ts).
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Launches the system Chromium (never a download); throws with the reason when there is none. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error('no Chromium found (set CHROMIUM_PATH)')
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

/** The portrait kiosk screen the budgets are stated for (DESIGN.md §6). */
export const KIOSK_VIEWPORT = { width: 1080, height: 1920 }
