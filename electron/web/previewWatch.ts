import { execFile } from 'node:child_process'
import { watch, type FSWatcher } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { HostNotice } from '../../common/api/kioskApi'
import type { Problem } from '../../common/content/check'
import type { ReloadResult } from '../services/contentService'
import type { KioskServices } from '../services/kioskServices'

/**
 * The author preview (`--content FILE`) follows edits: when the file changes the content is
 * re-read, and its problems are shown on screen (a `preview-problems` notice) while the last good
 * content stays. A workbook (`.xlsx`) is first imported to JSON with `kiosk-content sheet import`
 * (the same command the office uses, run as a child process so the host does not load the
 * workbook code), written beside it as `.<name>.preview.json` so relative map paths still work.
 */

export const isWorkbook = (file: string) => /\.xlsx$/i.test(file)

/** The JSON the host serves for a workbook preview. */
export const workbookPreviewJson = (file: string) =>
  join(dirname(file), `.${basename(file)}.preview.json`)

/** `地点!F7: 错误 … / error …` lines from the import command, as problems for the panel. */
export function importProblems(stderr: string): Problem[] {
  return stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('未写入任何文件'))
    .map((line) => {
      const at = line.indexOf(': ')
      return at < 0
        ? { severity: 'error', path: '(file)', message: line }
        : { severity: 'error', path: line.slice(0, at), message: line.slice(at + 2) }
    })
}

/**
 * How long and how much memory a preview import may take. The import has its own size caps
 * (tools/sheet/sheetCaps.ts); these stop whatever the caps miss from holding the host's preview
 * (or the machine's memory) for good.
 */
export const PREVIEW_IMPORT_LIMITS = { timeoutMs: 60_000, maxOldSpaceMb: 1024 }

/** Runs `kiosk-content sheet import`; resolves to its problems (none: the JSON was written). */
export function importWorkbookPreview(
  file: string,
  cli: string,
  limits: { timeoutMs: number; maxOldSpaceMb: number } = PREVIEW_IMPORT_LIMITS,
): Promise<Problem[]> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        `--max-old-space-size=${limits.maxOldSpaceMb}`,
        cli,
        'sheet',
        'import',
        file,
        '--out',
        workbookPreviewJson(file),
      ],
      { encoding: 'utf8', maxBuffer: 8 * 1024 * 1024, timeout: limits.timeoutMs },
      (err, _stdout, stderr) => {
        if (!err) return resolve([])
        const stopped = stoppedImport(err, stderr, file, limits)
        resolve(stopped ? [stopped] : importProblems(stderr || String(err)))
      },
    )
  })
}

/** The problem to show when the import was stopped by a limit rather than finding problems. */
function stoppedImport(
  err: Error & { killed?: boolean; signal?: NodeJS.Signals | null; code?: unknown },
  stderr: string,
  file: string,
  limits: { timeoutMs: number; maxOldSpaceMb: number },
): Problem | undefined {
  if (err.killed && err.signal) {
    const seconds = Math.round(limits.timeoutMs / 1000)
    return {
      severity: 'error',
      path: file,
      message: `导入超过 ${seconds} 秒，已停止 / the import took longer than ${seconds} s and was stopped: the workbook is too big or damaged (try kiosk-content sheet import on it)`,
    }
  }
  if (/heap out of memory|Allocation failed/i.test(stderr)) {
    return {
      severity: 'error',
      path: file,
      message: `导入所需内存超过 ${limits.maxOldSpaceMb} MB，已停止 / the import needed more than ${limits.maxOldSpaceMb} MB of memory and was stopped: the workbook is too big or damaged`,
    }
  }
  return undefined
}

export type PreviewWatchOptions = {
  /** The file the author edits. */
  file: string
  reload: () => Promise<ReloadResult>
  /** For a workbook: re-import it first; resolves to its problems. */
  convert?: () => Promise<Problem[]>
  publish: (problems: Problem[]) => void
  log: (line: string) => void
  /** Editors write in several steps; wait this long after the last change before reading. */
  settleMs?: number
}

/** One preview pass: (import,) reload, then publish the errors that kept the file off screen. */
export async function refreshPreview(options: PreviewWatchOptions): Promise<Problem[]> {
  const converted = options.convert ? await options.convert() : []
  const errors =
    converted.length > 0
      ? converted
      : (await options.reload()).problems.filter((p) => p.severity === 'error')
  options.publish(errors)
  options.log(
    errors.length === 0
      ? `Preview reloaded: ${options.file}`
      : `Preview: ${options.file} has ${errors.length} problem(s); the last good content stays`,
  )
  return errors
}

/**
 * What the author is told at start: nothing when the file is on screen, else why it is not
 * (the import's problems, or the checker's errors; a file refused for another reason still says so).
 */
export async function previewAtStart(options: {
  file: string
  /** Where the content on screen came from (`preview` = the file). */
  source: string | undefined
  converted: Problem[]
  reload: () => Promise<ReloadResult>
}): Promise<Problem[]> {
  if (options.converted.length > 0) return options.converted
  if (options.source === 'preview') return []
  const errors = (await options.reload()).problems.filter((p) => p.severity === 'error')
  if (errors.length > 0) return errors
  return [{ severity: 'error', path: options.file, message: 'the file could not be shown' }]
}

/**
 * Watches the file's folder (editors and sync tools replace files by renaming, which a watch on
 * the file itself would lose) and runs one refresh at a time; changes during a refresh cause
 * exactly one more.
 */
export function watchPreview(options: PreviewWatchOptions): { close(): void } {
  const name = basename(options.file)
  let running = false
  let again = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = async () => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        await refreshPreview(options).catch((e: unknown) => options.log(`Preview: ${String(e)}`))
      } while (again)
    } finally {
      running = false
    }
  }
  const watcher: FSWatcher = watch(dirname(options.file), (_event, changed) => {
    if (changed !== null && changed !== name) return
    clearTimeout(timer)
    timer = setTimeout(() => void run(), options.settleMs ?? 200)
  })
  return {
    close() {
      clearTimeout(timer)
      watcher.close()
    },
  }
}

/**
 * The services as the web host serves them, plus the preview's notices. The latest problems are
 * replayed to each new subscriber, so a page opened (or reloaded) later still shows them.
 */
export function withPreviewNotices(services: KioskServices, file: string) {
  const listeners = new Set<(notice: HostNotice) => void>()
  let last: HostNotice | undefined
  const hosted: KioskServices = {
    ...services,
    onNotice(listener) {
      const off = services.onNotice(listener)
      listeners.add(listener)
      if (last) listener(last)
      return () => {
        off()
        listeners.delete(listener)
      }
    },
  }
  const publish = (problems: Problem[]) => {
    const notice: HostNotice = { kind: 'preview-problems', file, problems }
    last = problems.length > 0 ? notice : undefined
    for (const listener of [...listeners]) listener(notice)
  }
  return { hosted, publish }
}
