import { createHash } from 'node:crypto'
import { lstat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import type { ContentSnapshot } from '../../common/api/kioskApi'
import type { Content } from '../../common/content/schema'
import { FACTORY_CONTENT_FILE } from './contentService'

/** A file the renderer asked for under `content-files/`: its path on disk, or why not. */
export type ContentFileLookup =
  { ok: true; path: string } | { ok: false; status: 403 | 404; reason: string }

/** Serves the files the active content refers to (map images, recorded speech); both hosts use it. */
export interface ContentFiles {
  /** `requestPath` is the URL path after `content-files/`, still percent-encoded. */
  lookup(requestPath: string): Promise<ContentFileLookup>
}

/** The installed slot's files by their package name, with the content bytes they belong to. */
export type SlotFilesLoader = (
  dataDir: string,
) => Promise<{ bytes: Uint8Array; files: Record<string, string> } | null>

export interface ContentFilesOptions {
  content: { get(): Promise<ContentSnapshot> }
  resourcesDir: string
  dataDir: string
  /** The previewed content file, when the host previews one. */
  previewFile?: string
  slotFiles: SlotFilesLoader
}

/** Every relative file name the content lists: `maps[].file` and the items' audio recordings. */
export function referencedFileNames(content: Content): Set<string> {
  const names = new Set<string>()
  for (const map of content.maps ?? []) if (!map.file.startsWith('data:')) names.add(map.file)
  const items = [...content.services, ...content.locations, ...content.phones, ...content.notices]
  for (const item of items) {
    for (const file of Object.values(item.audio ?? {})) names.add(file)
  }
  return names
}

function decodeName(
  requestPath: string,
): { ok: true; name: string } | { ok: false; reason: string } {
  let name: string
  try {
    name = decodeURIComponent(requestPath)
  } catch {
    return { ok: false, reason: 'the path is not valid percent-encoding' }
  }
  if (name.includes('\0')) return { ok: false, reason: 'the path contains a NUL byte' }
  const segments = name.split(/[/\\]/)
  if (isAbsolute(name) || segments.some((s) => s === '..' || s === '.' || s === '')) {
    return { ok: false, reason: 'the path leaves the content folder' }
  }
  return { ok: true, name }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * Resolves `content-files/<name>` against the content on screen: only names the content lists
 * are served, from the folder that content came from (factory `resources/content/`, the
 * previewed file's folder, or the installed slot's verified files). Anything that would leave
 * that folder is refused (403), anything else unknown is 404; symlinks are never followed.
 */
export function createContentFiles(options: ContentFilesOptions): ContentFiles {
  let slotCache: { sha: string; files: Record<string, string> } | undefined

  async function slotPath(snapshot: ContentSnapshot, name: string): Promise<string | undefined> {
    if (slotCache?.sha !== snapshot.sha256) {
      const slot = await options.slotFiles(options.dataDir)
      // The slot on disk must be the one whose content is on screen, not a newer or older one.
      if (!slot || sha256(slot.bytes) !== snapshot.sha256) return undefined
      slotCache = { sha: snapshot.sha256, files: slot.files }
    }
    return slotCache.files[name]
  }

  function folderPath(folder: string, name: string): ContentFileLookup {
    const base = resolve(folder)
    const full = resolve(base, name)
    const rel = relative(base, full)
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      return { ok: false, status: 403, reason: 'the path leaves the content folder' }
    }
    return { ok: true, path: full }
  }

  return {
    async lookup(requestPath) {
      const decoded = decodeName(requestPath)
      if (!decoded.ok) return { ok: false, status: 403, reason: decoded.reason }
      const snapshot = await options.content.get()
      if (!referencedFileNames(snapshot.content).has(decoded.name)) {
        return { ok: false, status: 404, reason: 'the content lists no such file' }
      }
      let found: ContentFileLookup
      if (snapshot.source === 'update') {
        const path = await slotPath(snapshot, decoded.name)
        found = path
          ? { ok: true, path }
          : { ok: false, status: 404, reason: 'the installed package holds no such file' }
      } else {
        const folder =
          snapshot.source === 'preview' && options.previewFile
            ? dirname(options.previewFile)
            : dirname(join(options.resourcesDir, FACTORY_CONTENT_FILE))
        found = folderPath(folder, decoded.name)
      }
      if (!found.ok) return found
      const info = await lstat(found.path).catch(() => undefined)
      if (!info?.isFile()) return { ok: false, status: 404, reason: 'no such regular file' }
      return found
    },
  }
}
