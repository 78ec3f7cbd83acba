/** Plural suffixes i18next adds per language (English has _one/_other, Chinese only _other). */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

/**
 * Every leaf of a resource tree as [dotted key, value], plural forms folded to their base key,
 * so languages with different plural rules still compare equal.
 */
export function leafEntries(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[prefix.replace(PLURAL_SUFFIX, ''), tree]]
  return Object.entries(tree).flatMap(([key, value]) =>
    leafEntries(value, prefix === '' ? key : `${prefix}.${key}`),
  )
}

/** The dotted keys of every leaf (see leafEntries). */
export function leafKeys(tree: unknown): string[] {
  return leafEntries(tree).map(([key]) => key)
}

/** Keys present in `reference` but absent from `other`, sorted, for a readable failure. */
export function missingKeys(reference: readonly string[], other: readonly string[]): string[] {
  const have = new Set(other)
  return [...new Set(reference.filter((k) => !have.has(k)))].sort()
}
