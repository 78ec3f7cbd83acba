// Electron entry point (bundled to dist/electron/main.cjs by scripts/build.mjs).
import { homedir } from 'node:os'
import { join } from 'node:path'
import * as electron from 'electron'
import { createKioskServices } from '../services/createKioskServices'
import { defaultDataDir } from '../services/paths'
import { bootstrap, installCrashHandlers } from './bootstrap'

const { app } = electron
const appDir = app.getAppPath()
const log = (line: string) => console.error(`[kiosk] ${line}`)

installCrashHandlers(process, app, log)
bootstrap(electron, {
  argv: process.argv,
  defaultDataDir: defaultDataDir(process.platform, process.env, homedir()),
  appDir,
  resourcesDir: app.isPackaged
    ? join(process.resourcesPath, 'resources')
    : join(appDir, 'resources'),
  preloadPath: join(__dirname, 'preload.cjs'),
  createServices: createKioskServices,
  log,
}).catch((err: unknown) => {
  log(`Start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
  // Exit non-zero so the OS supervisor (systemd Restart=always, Task Scheduler) starts us again.
  app.exit(1)
})
