/**
 * A translation function as the share and formatting helpers need it: a key from the 'places'
 * namespace in, finished text out. Components pass i18next's `t`; tests pass a plain map, so
 * the helpers stay pure and testable without React.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string
