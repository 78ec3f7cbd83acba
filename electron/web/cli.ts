// The browser host's entry point: `node --import tsx electron/web/cli.ts [flags]`.
//
// Flags (kept stable; scripts/start.mjs, the e2e suite and the bench start the host with them):
//   --port N         127.0.0.1:N, 0 = any free port (default 0)
//   --data-dir DIR   settings/state folder (default: defaultDataDir(), the per-user app data folder)
//   --content FILE   preview a content file, JSON or an office workbook (.xlsx, imported with
//                    `kiosk-content sheet import`); a missing file → exit 1. The preview follows
//                    edits: a change re-reads it, and its problems show on screen (also at start)
//                    while content that passed the checks stays. POST /api/content/reload (with the X-Kiosk-Token from the
//                    page's meta tag) re-reads it too
//   --watch DIR      a folder to watch for update packages (repeatable), besides removable drives
//                    and settings.updates.watchFolders
//   --no-open        do not open a Chromium kiosk window (tests and headless machines)
// When ready it prints exactly one line to stdout: `Kiosk ready at http://127.0.0.1:<port>/`.
// Everything else goes to stderr. It serves the built renderer from dist/renderer (npm run build).
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { createKioskServices } from '../services/createKioskServices'
import type { Problem } from '../../common/content/check'
import { defaultDataDir, findAppRoot } from '../services/paths'
import { CliError, USAGE, parseCliArgs, type CliOptions } from './cliArgs'
import { openKioskBrowser } from './openBrowser'
import {
  importWorkbookPreview,
  isWorkbook,
  previewAtStart,
  watchPreview,
  withPreviewNotices,
  workbookPreviewJson,
} from './previewWatch'
import { startWebHost } from './server'

const log = (line: string) => console.error(line)

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
  if (edited && !existsSync(edited))
    throw new CliError(`${edited}: no such file; nothing to preview.`)
  let converted: Problem[] = []
  if (edited && convert) {
    converted = await convert()
    // An earlier session's import would show stale content as if it were this file.
    if (converted.length > 0) await rm(workbookPreviewJson(edited), { force: true })
  }
  const services = await createKioskServices({
    dataDir,
    resourcesDir: join(root, 'resources'),
    host: 'web',
    env: process.env,
    contentFile: edited && convert ? workbookPreviewJson(edited) : edited,
    watchFolders: options.watchDirs,
  })
  const preview = edited ? withPreviewNotices(services, edited) : undefined
  if (edited && preview) {
    // A broken file does not stop the preview: its problems are shown (here and on screen) over
    // content that passed the checks, and the preview switches to the file once it is fixed.
    const snapshot = await services.content.get().catch(() => undefined)
    const problems = await previewAtStart({
      file: edited,
      source: snapshot?.source,
      converted,
      reload: () => services.content.reload(),
    })
    problems.forEach((p) => log(`${p.path}: ${p.message}`))
    preview.publish(problems)
    log(
      problems.length === 0
        ? `Previewing ${edited} (content version ${snapshot?.content.dataset.contentVersion})`
        : `${edited} has problems (above and on screen); showing other content until it is fixed`,
    )
  }
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
