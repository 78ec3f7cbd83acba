import { lstat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import type { Content } from '../../common/content/schema'
import { FACTORY_CONTENT_FILE, type ServedContent } from './contentService'

/** A file the renderer asked for under `content-files/`: its path on disk, or why not. */
export type ContentFileLookup =
  { ok: true; path: string } | { ok: false; status: 403 | 404; reason: string }

/** Serves the files the active content refers to (map images, recorded speech); both hosts use it. */
export interface ContentFiles {
  /** `requestPath` is the URL path after `content-files/`, still percent-encoded. */
  lookup(requestPath: string): Promise<ContentFileLookup>
}

export interface ContentFilesOptions {
  /** The dataset on screen with its slot's file table (verified when the slot was checked). */
  content: { served(): Promise<ServedContent> }
  resourcesDir: string
  /** The previewed content file, when the host previews one. */
  previewFile?: string
}

/**
 * Every relative file name the content lists: `maps[].file`, the street map (`basemap.file`)
 * and its walking graph (`basemap.walkGraph`), and the items' audio recordings.
 */
export function referencedFileNames(content: Content): Set<string> {
  const names = new Set<string>()
  if (content.basemap) names.add(content.basemap.file)
  if (content.basemap?.walkGraph) names.add(content.basemap.walkGraph)
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

/**
 * Resolves `content-files/<name>` against the content on screen: only names the content lists
 * are served, from the folder that content came from (factory `resources/content/`, the
 * previewed file's folder, or the installed slot's verified files, whose table comes with the
 * content itself so nothing is read or hashed again). Anything that would leave
 * that folder is refused (403), anything else unknown is 404; symlinks are never followed.
 */
export function createContentFiles(options: ContentFilesOptions): ContentFiles {
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
      const { snapshot, slotFiles } = await options.content.served()
      if (!referencedFileNames(snapshot.content).has(decoded.name)) {
        return { ok: false, status: 404, reason: 'the content lists no such file' }
      }
      let found: ContentFileLookup
      if (snapshot.source === 'update') {
        const path = slotFiles?.[decoded.name]
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
