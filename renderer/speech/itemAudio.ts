import type { AudioRefs, Content, Language } from '../../common/content/schema'
import { CONTENT_FILES_PREFIX } from '../../common/content/contentFilesPath'
import type { Route } from '../navigation/routes'

/** The content item a screen is about, when it is about one item that can carry audio. */
function refsFor(content: Content, route: Route): AudioRefs | undefined {
  switch (route.name) {
    case 'service':
      return content.services.find((s) => s.id === route.serviceId)?.audio
    case 'place':
      return content.locations.find((l) => l.id === route.locationId)?.audio
    case 'hotline':
      return content.phones.find((p) => p.id === route.phoneId)?.audio
    case 'notice':
      return content.notices.find((n) => n.id === route.noticeId)?.audio
    default:
      return undefined
  }
}

/**
 * The same-origin URL of a content audio file (served next to the content, like map images),
 * or undefined for anything that could leave that folder: absolute paths, `..`, other schemes.
 */
export function audioSource(file: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) || file.startsWith('/') || file.includes('\\')) {
    return undefined
  }
  const segments = file.split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined
  return CONTENT_FILES_PREFIX + segments.map(encodeURIComponent).join('/')
}

/**
 * The recorded speech for the screen's item in exactly this language, or undefined. Never
 * another language's file: a Korean visitor with no Korean recording gets no audio at all.
 */
export function itemAudio(content: Content, route: Route, lang: Language): string | undefined {
  const file = refsFor(content, route)?.[lang]
  return file === undefined ? undefined : audioSource(file)
}
