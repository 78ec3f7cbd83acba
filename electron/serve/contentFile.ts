import { CONTENT_FILES_PREFIX } from '../../common/content/contentFilesPath'
import { LIMITS } from '../../common/update/manifest'
import { CappedReadError, readCappedFile } from '../services/cappedRead'
import { errorCode } from '../services/durableFs'
import type { ContentFiles } from '../services/contentFiles'
import { HttpError } from './httpError'
import { mimeTypeFor } from './rendererFiles'

/** The URL path prefix both hosts answer content files under. */
export const CONTENT_FILES_PATH = `/${CONTENT_FILES_PREFIX}`

/**
 * Reads a listed content file, or throws the HTTP error both hosts answer with. Through the one
 * capped reader: factory and preview folders are not hash-checked like slots, so a link or an
 * oversized file swapped in there is refused at open time, not served.
 */
export async function readContentFile(
  contentFiles: ContentFiles | undefined,
  requestPath: string,
): Promise<{ body: Buffer; type: string }> {
  if (!contentFiles) throw new HttpError(404, 'this host serves no content files')
  const found = await contentFiles.lookup(requestPath)
  if (!found.ok)
    throw new HttpError(found.status, `${CONTENT_FILES_PREFIX}${requestPath}: ${found.reason}`)
  try {
    const { bytes } = await readCappedFile(found.path, LIMITS.mediaBytes, requestPath)
    return {
      body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
      type: mimeTypeFor(found.path),
    }
  } catch (err) {
    // ELOOP: the file became a link (opened with O_NOFOLLOW).
    if (errorCode(err) === 'ELOOP')
      throw new HttpError(404, `${CONTENT_FILES_PREFIX}${requestPath}: is a link`)
    if (err instanceof CappedReadError)
      throw new HttpError(404, `${CONTENT_FILES_PREFIX}${err.message}`)
    throw err
  }
}
