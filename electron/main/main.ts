// Electron entry point (bundled to dist/electron/main.cjs by scripts/build.mjs).
import { homedir } from 'node:os'
import { join } from 'node:path'
import * as electron from 'electron'
import { createKioskServices } from '../services/createKioskServices'
import { defaultDataDir } from '../services/paths'
import { bootstrap, installCrashHandlers } from './bootstrap'
import { createShellLog } from './shellLog'

const { app } = electron
const appDir = app.getAppPath()
// Every line also lands in the durable error log (diagnostics) once the services are open.
const { log, attach, flush } = createShellLog((line) => console.error(line))

installCrashHandlers(process, app, log, flush)
bootstrap(electron, {
  argv: process.argv,
  defaultDataDir: defaultDataDir(process.platform, process.env, homedir()),
  appDir,
  resourcesDir: app.isPackaged
    ? join(process.resourcesPath, 'resources')
    : join(appDir, 'resources'),
  preloadPath: join(__dirname, 'preload.cjs'),
  createServices: async (options) => {
    const services = await createKioskServices(options)
    attach(
      (record) => services.errors.append(record),
      () => services.errors.flush(),
    )
    return services
  },
  log,
  flushLog: flush,
}).catch((err: unknown) => {
  log(`Start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
  // Exit non-zero so the OS supervisor (systemd Restart=always, Task Scheduler) starts us again.
  app.exit(1)
})
