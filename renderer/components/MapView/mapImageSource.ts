/** Where the hosts serve files that sit next to the content file (maps, later audio). */
import { CONTENT_FILES_PREFIX } from '../../../common/content/contentFilesPath'

const DATA_IMAGE = /^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/

/**
 * The URL to load a map image from. `file` is a path relative to the content file: it becomes
 * a same-origin URL under `content-files/` (allowed by CSP `default-src 'self'`). A base64 image
 * data: URL is used as it is. Anything that could leave that folder or the app (absolute paths,
 * `..`, other schemes, backslashes) gives undefined, and the caller draws the schematic instead.
 */
export function mapImageSource(file: string): string | undefined {
  if (file.startsWith('data:')) return DATA_IMAGE.test(file) ? file : undefined
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) || file.startsWith('/') || file.includes('\\')) {
    return undefined
  }
  const segments = file.split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined
  return CONTENT_FILES_PREFIX + segments.map(encodeURIComponent).join('/')
}
