import type { Language } from '../../common/content/schema'

/**
 * A package's creation time as staff in Changchun read it (China time, the visitor language's
 * date style); a value that is not a date is shown as written rather than as "Invalid Date".
 */
export function formatPackageDate(iso: string, lang: Language): string {
  const ms = Date.parse(iso)
  if (!Number.isFinite(ms)) return iso
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(ms)
}
