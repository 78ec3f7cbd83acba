// The browser host's entry point: `node --import tsx electron/web/cli.ts [flags]`.
//
// Flags (kept stable; scripts/start.mjs, the e2e suite and the bench start the host with them):
//   --port N         127.0.0.1:N, 0 = any free port (default 0)
//   --data-dir DIR   settings/state folder (default: defaultDataDir(), the per-user app data folder)
//   --content FILE   preview a content file, JSON or an office workbook (.xlsx, imported with
//                    `kiosk-content sheet import`); refused at start → exit 1. The preview follows
//                    edits: a change re-reads it, and its problems show on screen while the last
//                    good content stays. POST /api/content/reload (with the X-Kiosk-Token from the
//                    page's meta tag) re-reads it too
//   --watch DIR      a folder to watch for update packages (repeatable), besides removable drives
//                    and settings.updates.watchFolders
//   --no-open        do not open a Chromium kiosk window (tests and headless machines)
// When ready it prints exactly one line to stdout: `Kiosk ready at http://127.0.0.1:<port>/`.
// Everything else goes to stderr. It serves the built renderer from dist/renderer (npm run build).
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { createKioskServices } from '../services/createKioskServices'
import type { KioskServices } from '../services/kioskServices'
import { defaultDataDir, findAppRoot } from '../services/paths'
import { CliError, USAGE, parseCliArgs, type CliOptions } from './cliArgs'
import { openKioskBrowser } from './openBrowser'
import {
  importWorkbookPreview,
  isWorkbook,
  watchPreview,
  withPreviewNotices,
  workbookPreviewJson,
} from './previewWatch'
import { startWebHost } from './server'

const log = (line: string) => console.error(line)

/** A preview that silently showed other content would mislead the author: refuse instead. */
async function requirePreview(file: string, services: KioskServices): Promise<void> {
  const snapshot = await services.content.get().catch(() => undefined)
  if (snapshot?.source !== 'preview') {
    await services.close()
    throw new CliError(`${file} was refused (its problems are listed above); nothing to preview.`)
  }
  log(`Previewing ${file} (content version ${snapshot.content.dataset.contentVersion})`)
}

async function run(options: CliOptions): Promise<void> {
  const root = findAppRoot() ?? process.cwd()
  const rendererDir = join(root, 'dist', 'renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new CliError(`No renderer build in ${rendererDir}; run \`npm run build\` first.`)
  }
  const dataDir = options.dataDir ?? defaultDataDir(process.platform, process.env, homedir())
  const edited = options.contentFile
  const convert =
    edited && isWorkbook(edited)
      ? () => importWorkbookPreview(edited, join(root, 'tools', 'bin', 'kiosk-content.mjs'))
      : undefined
  if (edited && convert) {
    const problems = await convert()
    problems.forEach((p) => log(`${p.path}: ${p.message}`))
    if (problems.length > 0)
      throw new CliError(`${edited} could not be imported; nothing to preview.`)
  }
  const services = await createKioskServices({
    dataDir,
    resourcesDir: join(root, 'resources'),
    host: 'web',
    env: process.env,
    contentFile: edited && convert ? workbookPreviewJson(edited) : edited,
    watchFolders: options.watchDirs,
  })
  if (edited) await requirePreview(edited, services)
  const preview = edited ? withPreviewNotices(services, edited) : undefined
  const host = await startWebHost({
    services: preview?.hosted ?? services,
    rendererDir,
    port: options.port,
    reloadContent: () => services.content.reload(),
    log,
  })
  log(`Data folder: ${dataDir}`)
  if (options.watchDirs.length > 0)
    log(`Watching for update packages: ${options.watchDirs.join(', ')}`)
  console.log(`Kiosk ready at ${host.url}`)
  const browser = options.open ? openKioskBrowser(host.url, log) : undefined
  const watcher =
    edited && preview
      ? watchPreview({
          file: edited,
          reload: () => services.content.reload(),
          ...(convert ? { convert } : {}),
          publish: preview.publish,
          log,
        })
      : undefined

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    browser?.close()
    watcher?.close()
    await host.close()
    await services.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

let options: CliOptions
try {
  options = parseCliArgs(process.argv.slice(2))
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`)
  process.exit(2)
}
if (options.help) {
  console.log(USAGE)
  process.exit(0)
}
run(options).catch((err: unknown) => {
  console.error(err instanceof CliError ? err.message : err)
  process.exit(1)
})
