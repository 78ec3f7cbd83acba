import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ContentFiles } from '../services/contentFiles'
import { HttpError } from './guards'
import { mimeTypeFor } from './rendererFiles'

/** URL prefix of the files the content refers to; the renderer asks for `content-files/<name>`. */
export const CONTENT_FILES_PREFIX = '/content-files/'

/** Reads a listed content file, or throws the HTTP error both hosts answer with. */
export async function readContentFile(
  contentFiles: ContentFiles | undefined,
  requestPath: string,
): Promise<{ body: Buffer; type: string }> {
  if (!contentFiles) throw new HttpError(404, 'this host serves no content files')
  const found = await contentFiles.lookup(requestPath)
  if (!found.ok) throw new HttpError(found.status, `content-files/${requestPath}: ${found.reason}`)
  return { body: await readFile(found.path), type: mimeTypeFor(found.path) }
}

/** Answers GET/HEAD `/content-files/<name>` in the browser host. */
export async function serveContentFile(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  contentFiles: ContentFiles | undefined,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD')
    throw new HttpError(405, 'content files accept GET and HEAD only')
  }
  const { body, type } = await readContentFile(
    contentFiles,
    rawPath.slice(CONTENT_FILES_PREFIX.length),
  )
  // An update can replace a file under the same name, so the browser must ask again.
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}
