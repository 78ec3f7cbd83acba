import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { z } from 'zod'
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../common/content/schema'

/** A resource file is a tree of strings; anything else is a build mistake, reported at start. */
type ResourceTree = { [key: string]: string | ResourceTree }
const resourceTreeSchema: z.ZodType<ResourceTree> = z.lazy(() =>
  z.record(z.string(), z.union([z.string(), resourceTreeSchema])),
)

const files = import.meta.glob<unknown>('./locales/*/*.json', { eager: true, import: 'default' })

/**
 * Every resource file, by language and namespace, parsed from `locales/<lang>/<ns>.json`.
 * A file in an unknown language folder or with a non-string leaf throws with its path, so a
 * broken translation file stops the build's tests instead of showing raw keys to a visitor.
 */
export function loadResources(): Record<Language, Record<string, ResourceTree>> {
  const resources = Object.fromEntries(LANGUAGES.map((l) => [l, {}])) as Record<
    Language,
    Record<string, ResourceTree>
  >
  for (const [path, data] of Object.entries(files)) {
    const match = /^\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
    const lang = LANGUAGES.find((l) => l === match?.[1])
    const ns = match?.[2]
    if (lang === undefined || ns === undefined) throw new Error(`${path}: unknown language folder`)
    const parsed = resourceTreeSchema.safeParse(data)
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
    resources[lang][ns] = parsed.data
  }
  return resources
}

/** The shared i18next instance: Chinese first, every namespace loaded up front (no network). */
export const i18n: I18n = i18next.createInstance()

const resources = loadResources()

void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  defaultNS: 'common',
  ns: Object.keys(resources[DEFAULT_LANGUAGE]),
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})
