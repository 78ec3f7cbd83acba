import { createHash } from 'node:crypto'
import { readCappedFile } from './cappedRead'
import { join } from 'node:path'
import { homeSnapshot } from '../../common/api/contentHome'
import type { ContentSnapshot } from '../../common/api/kioskApi'
import { checkContentText, type Problem } from '../../common/content/check'
import { formatProblem, ROOT_PATH, summarizeErrors } from '../../common/content/checks/problems'
import type { Logger } from './logger/logger'
import type { NoticeBus } from './noticeBus'
import type { ActiveSlot } from './updates/slots'

/**
 * The installed update slot, already verified and its content validated by the updates service
 * (`loadActiveSlot` in updates/slots.ts, wired by createKioskServices): served as the typed value
 * it is, never parsed again. Injected as a function so this service stays testable.
 */
export type ActiveSlotLoader = (dataDir: string) => Promise<ActiveSlot | null>
/** A loader for kiosks (and tests) without installed updates: always the factory content. */
export const noActiveSlot: ActiveSlotLoader = async () => null

/** Content files larger than this are refused before reading (a runaway or hostile file). */
export const MAX_CONTENT_BYTES = 64 * 1024 * 1024
/** The bundled content, relative to the resources folder. */
export const FACTORY_CONTENT_FILE = join('content', 'changchun.json')

export interface ContentServiceOptions {
  dataDir: string
  resourcesDir: string
  /** A content file to preview instead of the installed content (`--content FILE`, `KIOSK_CONTENT`). */
  contentFile?: string
  slotLoader?: ActiveSlotLoader
  bus: NoticeBus
  log: Logger
}

export interface ReloadResult {
  /** True when a different dataset (by sha256) became active. */
  changed: boolean
  snapshot?: ContentSnapshot
  /** Problems found in the candidates that were refused or warned about. */
  problems: Problem[]
}

/** The dataset on screen and, when it came from an update slot, that slot's files by name. */
export interface ServedContent {
  snapshot: ContentSnapshot
  slotFiles?: Readonly<Record<string, string>>
}

export interface ContentService {
  /** The active dataset; rejects with ContentUnavailableError only if no valid content was ever found. */
  get(): Promise<ContentSnapshot>
  /**
   * The active dataset in its home form (`homeSnapshot`: no places, each service a stub), for
   * the first screen; the same object until the content changes. Rejects as `get` does.
   */
  home(): Promise<ContentSnapshot>
  /** The active dataset with the installed slot's file table (for the content-file server). */
  served(): Promise<ServedContent>
  /**
   * Re-reads the content files (preview, factory); emits `content-changed` when the active
   * dataset changes. The installed slot is the one last loaded or handed over by `useSlot`.
   */
  reload(): Promise<ReloadResult>
  /** An update was installed or rolled back: serve this checked slot (null: none) from now on. */
  useSlot(slot: ActiveSlot | null): Promise<ReloadResult>
}

/** No valid content exists at all; the message lists each source tried and why it was refused. */
export class ContentUnavailableError extends Error {}

/** A candidate's raw bytes (validated here), or an update slot validated already. */
type Loaded = { bytes: Uint8Array } | { slot: ActiveSlot }

interface Candidate {
  source: ContentSnapshot['source']
  file: string
  load(): Promise<Loaded | null>
}

const readCapped = (file: string) => readCappedFile(file, MAX_CONTENT_BYTES, 'the file')

function candidatesFor(
  options: ContentServiceOptions,
  slot: () => Promise<ActiveSlot | null>,
): Candidate[] {
  const list: Candidate[] = []
  const preview = options.contentFile
  if (preview) list.push({ source: 'preview', file: preview, load: () => readCapped(preview) })
  list.push({
    source: 'update',
    file: 'installed update slot',
    load: async () => {
      const active = await slot()
      return active ? { slot: active } : null
    },
  })
  const factory = join(options.resourcesDir, FACTORY_CONTENT_FILE)
  list.push({ source: 'factory', file: factory, load: () => readCapped(factory) })
  return list
}

/** An installed slot as served: its checked content and its verified file table, as they are. */
export function servedSlot(slot: ActiveSlot): ServedContent {
  const snapshot: ContentSnapshot = {
    content: slot.content,
    source: 'update',
    sha256: slot.contentSha256,
    signer: slot.signerKeyId,
  }
  return { snapshot, slotFiles: slot.files }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * Logs a refused dataset one line per error (capped, so a broken file cannot flood the log);
 * warnings of an accepted dataset are summed up in one line — `kiosk-content check` lists them.
 */
function logProblems(log: Logger, file: string, problems: Problem[], refused: boolean) {
  const errors = problems.filter((p) => p.severity === 'error')
  const warnings = problems.length - errors.length
  const shown = errors.slice(0, 50)
  for (const p of shown) {
    log({ level: 'error', area: 'content', message: formatProblem(p), file })
  }
  if (errors.length > shown.length) {
    log({
      level: 'error',
      area: 'content',
      message: `…and ${errors.length - shown.length} more`,
      file,
    })
  }
  if (refused) {
    log({ level: 'error', area: 'content', message: 'content refused; it will not be shown', file })
  } else if (warnings > 0) {
    const message = `accepted with ${warnings} warning(s); \`kiosk-content check\` lists them`
    log({ level: 'info', area: 'content', message, file })
  }
}

/**
 * Serves the active content: a previewed file if asked, else the installed update slot, else the
 * factory content in `resources/`. Each candidate is validated; an invalid dataset is never
 * served. At start-up a refused candidate falls through to the next source; on reload a refused
 * preferred source keeps the dataset already on screen (it was good when loaded).
 */
export async function createContentService(
  options: ContentServiceOptions,
): Promise<ContentService> {
  const { log, bus } = options
  let current: ServedContent | undefined
  let unavailable = 'no content source was tried'
  // The installed slot: loaded (and so validated) once at start, then replaced only by useSlot.
  let slot: Promise<ActiveSlot | null> | undefined
  const slotLoader = options.slotLoader ?? noActiveSlot
  const installedSlot = () => (slot ??= slotLoader(options.dataDir))

  async function loadCandidate(c: Candidate, problems: Problem[]) {
    let loaded: Loaded | null
    try {
      loaded = await c.load()
    } catch (err) {
      const message = `cannot read the content: ${err instanceof Error ? err.message : String(err)}`
      problems.push({ severity: 'error', path: ROOT_PATH, message })
      log({ level: 'error', area: 'content', message, file: c.file })
      return 'refused' as const
    }
    if (!loaded) return 'absent' as const
    if ('slot' in loaded) return servedSlot(loaded.slot)
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(loaded.bytes)
    } catch {
      problems.push({ severity: 'error', path: ROOT_PATH, message: 'not valid UTF-8 text' })
      log({ level: 'error', area: 'content', message: 'not valid UTF-8 text', file: c.file })
      return 'refused' as const
    }
    const result = checkContentText(text, c.file)
    problems.push(...result.problems)
    const accepted = result.ok ? result.content : undefined
    logProblems(log, c.file, result.problems, !accepted)
    if (!accepted) return 'refused' as const
    const served: ServedContent = {
      snapshot: { content: accepted, source: c.source, sha256: sha256(loaded.bytes) },
    }
    return served
  }

  async function reloadNow(): Promise<ReloadResult> {
    const problems: Problem[] = []
    const refusals: string[] = []
    for (const candidate of candidatesFor(options, installedSlot)) {
      const found: Problem[] = []
      const outcome = await loadCandidate(candidate, found)
      problems.push(...found)
      if (outcome === 'absent') continue
      if (outcome === 'refused') {
        refusals.push(`${candidate.file}: ${summarizeErrors(found)}`)
        if (current) return { changed: false, snapshot: current.snapshot, problems }
        continue
      }
      const { snapshot } = outcome
      const changed = current?.snapshot.sha256 !== snapshot.sha256
      if (changed) {
        log({
          level: 'info',
          area: 'content',
          message: `serving ${snapshot.source} content version ${snapshot.content.dataset.contentVersion}`,
          file: candidate.file,
        })
        bus.emit({
          kind: 'content-changed',
          contentVersion: snapshot.content.dataset.contentVersion,
        })
      }
      // Replaced even when unchanged: the same dataset may now come with another slot's files.
      current = outcome
      return { changed, snapshot, problems }
    }
    unavailable = refusals.join(' | ')
    return { changed: false, snapshot: current?.snapshot, problems }
  }

  // Reloads run one at a time, so a dataset change is announced exactly once.
  let queue: Promise<unknown> = Promise.resolve()
  const reload = (): Promise<ReloadResult> => {
    const run = queue.then(reloadNow)
    queue = run.catch(() => undefined)
    return run
  }

  const served = async () => {
    if (current) return current
    throw new ContentUnavailableError(
      `no valid content to show: ${unavailable || 'no content file found'}`,
    )
  }

  await reload()
  return {
    get: async () => (await served()).snapshot,
    home: async () => homeSnapshot((await served()).snapshot),
    served,
    reload,
    useSlot(next) {
      slot = Promise.resolve(next)
      return reload()
    },
  }
}
