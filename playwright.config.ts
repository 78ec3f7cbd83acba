import { defineConfig } from '@playwright/test'
import { findChromium } from './scripts/findChromium.mjs'
import { electronAvailability } from './e2e/support/electronBinary'
import { LAYOUT_TAG, type Shell } from './e2e/support/fixtures'

// The e2e suite drives the browser host in the system Chromium (no browser download: kiosks and
// CI boxes are often offline) in the two orientations a station screen is mounted in, with touch.
const chromium = findChromium()
const electron = electronAvailability()
const ci = Boolean(process.env.CI)

export default defineConfig<object, { shell: Shell }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  globalSetup: './e2e/support/globalSetup.ts',
  fullyParallel: true,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  // Name every test slower than half a minute at the end of the run: slowness shows, not hides.
  reportSlowTests: { max: 10, threshold: 30_000 },
  // Two cores: one browser host and one Chromium per worker. A third worker would use the idle
  // half of the box (the run's CPU time is under half of 2 cores × its wall time), but on a
  // loaded machine it pushed the longest tests past their timeouts: E2E_WORKERS=3 on a quiet one.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'test-results/reports/e2e.json' }],
  ],
  use: {
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        // WebGL for the street map (issue 21): with the GPU off Chromium draws WebGL with
        // SwiftShader on the CPU; newer Chromium asks for this flag before it falls back.
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: false,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'portrait',
      testIgnore: '**/electronShell.spec.ts',
      use: { shell: 'web', viewport: { width: 1080, height: 1920 } },
    },
    {
      name: 'landscape',
      // A screen's shape changes its layout, not what the kiosk does: the tests tagged @layout
      // (axe, target and text sizes, screenshots, keypad moves by position; every screen in
      // every language) run here too, and behaviour is proven once, in portrait.
      grep: new RegExp(LAYOUT_TAG),
      // The checkers' own tests use plain pages: once (in portrait) is enough.
      testIgnore: ['**/electronShell.spec.ts', '**/a11yCheckers.spec.ts'],
      use: { shell: 'web', viewport: { width: 1920, height: 1080 } },
    },
    {
      // The real shell, where an Electron binary exists. Without one only the shell spec is
      // listed, and it is skipped with the reason, so the report says why nothing ran.
      name: 'electron',
      // The shell takes a single-instance lock: two kiosks at once would make one quit.
      workers: 1,
      testMatch: electron.ok ? '**/*.spec.ts' : '**/electronShell.spec.ts',
      testIgnore: '**/a11yCheckers.spec.ts',
      use: { shell: 'electron', viewport: { width: 1080, height: 1920 } },
    },
  ],
})
