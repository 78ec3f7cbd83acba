const reported = new Set<string>()

/**
 * Notes why the street map fell back to the schematic, once per kind of problem per page: a
 * missing GPU would otherwise repeat the same line on every place page all day.
 * (Written to the console; the host's error log has no renderer entry point yet.)
 */
export function reportMapProblem(kind: 'webgl' | 'map-error', error?: unknown): void {
  if (reported.has(kind)) return
  reported.add(kind)
  const detail = error instanceof Error ? error.message : error === undefined ? '' : String(error)
  console.warn(`street map unavailable (${kind})${detail ? `: ${detail}` : ''}; showing the sketch`)
}
