import { CONTENT_FILES_PREFIX } from '../../common/content/contentFilesPath'
import { fileExtension, LIMITS } from '../../common/update/manifest'
import { CappedReadError, readCappedFile, readCappedRange } from '../services/cappedRead'
import { errorCode } from '../services/durableFs'
import type { ContentFiles } from '../services/contentFiles'
import { HttpError } from './httpError'
import { mimeTypeFor } from './rendererFiles'

/** The URL path prefix both hosts answer content files under. */
export const CONTENT_FILES_PATH = `/${CONTENT_FILES_PREFIX}`

/** The most bytes one range answer carries: map tiles are kilobytes, directories 16 KB. */
export const MAX_RANGE_BYTES = 4 * 1024 * 1024

/** What both hosts answer for a content file: the whole file, or the part a Range asked for. */
export interface ContentFileReply {
  status: 200 | 206
  body: Buffer
  headers: Record<string, string>
}

/**
 * Reads a `Range: bytes=…` header against a file's size: one range only (`a-b`, `a-`, `-n`),
 * clipped to the file and to MAX_RANGE_BYTES. `undefined` when it cannot be satisfied (416).
 */
export function parseByteRange(
  header: string,
  size: number,
): { start: number; end: number } | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!m || (m[1] === '' && m[2] === '')) return undefined
  let start: number
  let end: number
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]))
    end = size - 1
  } else {
    start = Number(m[1])
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  }
  if (start >= size || end < start) return undefined
  return { start, end: Math.min(end, start + MAX_RANGE_BYTES - 1) }
}

const capFor = (path: string) =>
  fileExtension(path) === 'pmtiles' ? LIMITS.basemapBytes : LIMITS.mediaBytes

function asHttpError(err: unknown, requestPath: string): unknown {
  // ELOOP: the file became a link (opened with O_NOFOLLOW).
  if (errorCode(err) === 'ELOOP')
    return new HttpError(404, `${CONTENT_FILES_PREFIX}${requestPath}: is a link`)
  if (err instanceof CappedReadError)
    return new HttpError(404, `${CONTENT_FILES_PREFIX}${err.message}`)
  return err
}

/**
 * Reads a listed content file, or throws the HTTP error both hosts answer with. Through the one
 * capped reader: factory and preview folders are not hash-checked like slots, so a link or an
 * oversized file swapped in there is refused at open time, not served. With a `Range` header
 * (the street map's PMTiles reader sends one per tile) only that part is read and answered 206;
 * a street map is never read whole.
 */
export async function readContentFile(
  contentFiles: ContentFiles | undefined,
  requestPath: string,
  range?: string | null,
): Promise<ContentFileReply> {
  if (!contentFiles) throw new HttpError(404, 'this host serves no content files')
  const found = await contentFiles.lookup(requestPath)
  if (!found.ok)
    throw new HttpError(found.status, `${CONTENT_FILES_PREFIX}${requestPath}: ${found.reason}`)
  const type = mimeTypeFor(found.path)
  const common = { 'Content-Type': type, 'Accept-Ranges': 'bytes' }
  const isMap = fileExtension(found.path) === 'pmtiles'
  try {
    if (range || isMap) {
      const part = await readCappedRange(found.path, capFor(found.path), requestPath, (size) =>
        parseByteRange(range ?? `bytes=0-${MAX_RANGE_BYTES - 1}`, size),
      )
      if (!('bytes' in part))
        throw new HttpError(416, `${CONTENT_FILES_PREFIX}${requestPath}: no such byte range`, {
          'Content-Range': `bytes */${part.size}`,
        })
      const body = Buffer.from(part.bytes.buffer, part.bytes.byteOffset, part.bytes.length)
      const whole = part.start === 0 && part.end === part.size - 1
      if (!range && !whole)
        throw new HttpError(416, `${CONTENT_FILES_PREFIX}${requestPath}: ask for a byte range`)
      return {
        status: range ? 206 : 200,
        body,
        headers: {
          ...common,
          ...(range ? { 'Content-Range': `bytes ${part.start}-${part.end}/${part.size}` } : {}),
        },
      }
    }
    const { bytes } = await readCappedFile(found.path, LIMITS.mediaBytes, requestPath)
    return {
      status: 200,
      body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
      headers: common,
    }
  } catch (err) {
    throw asHttpError(err, requestPath)
  }
}
