import type { IncomingMessage, ServerResponse } from 'node:http'
import { CONTENT_FILES_PATH, readContentFile } from '../serve/contentFile'
import { HttpError } from '../serve/httpError'
import type { ContentFiles } from '../services/contentFiles'

/** Answers GET/HEAD `/content-files/<name>` in the browser host, byte ranges included (206). */
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
  const { status, body, headers } = await readContentFile(
    contentFiles,
    rawPath.slice(CONTENT_FILES_PATH.length),
    req.headers.range,
  )
  // An update can replace a file under the same name, so the browser must ask again.
  res.writeHead(status, {
    ...headers,
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}
