import { readFile } from 'node:fs/promises'
import { CONTENT_FILES_PREFIX } from '../../common/content/contentFilesPath'
import type { ContentFiles } from '../services/contentFiles'
import { HttpError } from './httpError'
import { mimeTypeFor } from './rendererFiles'

/** The URL path prefix both hosts answer content files under. */
export const CONTENT_FILES_PATH = `/${CONTENT_FILES_PREFIX}`

/** Reads a listed content file, or throws the HTTP error both hosts answer with. */
export async function readContentFile(
  contentFiles: ContentFiles | undefined,
  requestPath: string,
): Promise<{ body: Buffer; type: string }> {
  if (!contentFiles) throw new HttpError(404, 'this host serves no content files')
  const found = await contentFiles.lookup(requestPath)
  if (!found.ok)
    throw new HttpError(found.status, `${CONTENT_FILES_PREFIX}${requestPath}: ${found.reason}`)
  return { body: await readFile(found.path), type: mimeTypeFor(found.path) }
}
