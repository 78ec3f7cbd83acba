import i18next, { type i18n as I18n } from 'i18next'
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../common/content/primitives'
import { resourceTree, type ResourceTree } from './resourceTree'

type Bundles = Record<string, ResourceTree>

// The default language is in the start-up bundle; the others are separate chunks, fetched the
// first time a visitor picks one (or when the app preloads them after start-up).
const defaultFiles = import.meta.glob<unknown>('../../common/i18n/locales/zh-Hans/*.json', {
  eager: true,
  import: 'default',
})
const otherFiles = import.meta.glob<unknown>(
  ['../../common/i18n/locales/*/*.json', '!../../common/i18n/locales/zh-Hans/*.json'],
  {
    import: 'default',
  },
)

/** Language and namespace of a resource file path; throws for a folder that is no language. */
function fileKey(path: string): { lang: Language; ns: string } {
  const match = /^\.\.\/\.\.\/common\/i18n\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
  const lang = LANGUAGES.find((l) => l === match?.[1])
  const ns = match?.[2]
  if (lang === undefined || ns === undefined) throw new Error(`${path}: unknown language folder`)
  return { lang, ns }
}

function defaultBundles(): Bundles {
  const bundles: Bundles = {}
  for (const [path, data] of Object.entries(defaultFiles)) {
    bundles[fileKey(path).ns] = resourceTree(path, data)
  }
  return bundles
}

/** One language's files, fetched and checked; a broken file rejects with its path. */
async function fetchBundles(lang: Language): Promise<Bundles> {
  if (lang === DEFAULT_LANGUAGE) return defaultBundles()
  const entries = Object.entries(otherFiles).filter(([path]) => fileKey(path).lang === lang)
  const trees = await Promise.all(
    entries.map(
      async ([path, load]) => [fileKey(path).ns, resourceTree(path, await load())] as const,
    ),
  )
  return Object.fromEntries(trees)
}

/**
 * Every resource file, by language and namespace, parsed from `locales/<lang>/<ns>.json`.
 * A file in an unknown language folder or with a non-string leaf rejects with its path, so a
 * broken translation file stops the build's tests instead of showing raw keys to a visitor.
 */
export async function loadResources(): Promise<Record<Language, Bundles>> {
  for (const path of Object.keys(otherFiles)) fileKey(path)
  const all = await Promise.all(LANGUAGES.map(async (l) => [l, await fetchBundles(l)] as const))
  return Object.fromEntries(all) as Record<Language, Bundles>
}

/** The shared i18next instance: Chinese first and in the start-up bundle (no network). */
export const i18n: I18n = i18next.createInstance()

const initial = defaultBundles()

void i18n.init({
  resources: { [DEFAULT_LANGUAGE]: initial },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  defaultNS: 'common',
  ns: Object.keys(initial),
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})

const loading = new Map<Language, Promise<void>>()
const LOADED = Promise.resolve()

/** True when a language's strings are in i18next, so switching to it can happen at once. */
export function hasLanguage(lang: Language): boolean {
  return lang === DEFAULT_LANGUAGE || loading.get(lang) === LOADED
}

/**
 * Adds a language's strings to i18next (fetched once; concurrent calls share the fetch). A
 * failed fetch is forgotten so the next call tries again; until then, i18next falls back to
 * Chinese strings, never to raw keys.
 */
export function loadLanguage(lang: Language): Promise<void> {
  if (hasLanguage(lang)) return LOADED
  const pending = loading.get(lang)
  if (pending) return pending
  const load = fetchBundles(lang).then(
    (bundles) => {
      for (const [ns, tree] of Object.entries(bundles)) i18n.addResourceBundle(lang, ns, tree)
      loading.set(lang, LOADED)
    },
    (error: unknown) => {
      loading.delete(lang)
      throw error
    },
  )
  loading.set(lang, load)
  return load
}

/** Every language's strings (the app preloads them once the first screen is up). */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all(LANGUAGES.map(loadLanguage))
}
