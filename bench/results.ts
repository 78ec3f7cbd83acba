/**
 * One figure of the bench: what was measured, its value, and the budget it is held to.
 * `pass` is undefined for figures without a budget (context such as the bare-page time).
 */
export interface Figure {
  section: string
  name: string
  value: number | string
  unit: string
  budget?: string
  pass?: boolean
  note?: string
}

export interface BenchResults {
  startedAt: string
  finishedAt: string
  durationSeconds: number
  machine: Record<string, string>
  figures: Figure[]
  skipped: { section: string; reason: string }[]
  raw: Record<string, unknown>
}

function show(value: number | string): string {
  if (typeof value === 'string') return value
  if (Number.isNaN(value)) return 'n/a'
  if (Number.isInteger(value)) return String(value)
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(value < 10 ? 2 : 1)
}

const mark = (f: Figure) => (f.pass === undefined ? '' : f.pass ? 'pass' : 'SHORT')

/** The readable table: one line per figure with its budget and pass/SHORT, grouped by section. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.section,
    f.name,
    `${show(f.value)}${f.unit ? ` ${f.unit}` : ''}`,
    f.budget ?? '',
    mark(f),
  ])
  const header = ['section', 'figure', 'value', 'budget', 'result']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  const out = [line(header), line(widths.map((w) => '-'.repeat(w)))]
  let section = ''
  for (const r of rows) {
    out.push(line(r[0] === section ? ['', ...r.slice(1)] : r))
    section = r[0]!
  }
  return out.join('\n')
}

/** Markdown version of the same table, for docs/performance.md. */
export function formatMarkdown(figures: readonly Figure[]): string {
  const out = ['| section | figure | value | budget | result |', '|---|---|---|---|---|']
  for (const f of figures) {
    const value = `${show(f.value)}${f.unit ? ` ${f.unit}` : ''}`
    out.push(`| ${f.section} | ${f.name} | ${value} | ${f.budget ?? ''} | ${mark(f)} |`)
  }
  return out.join('\n')
}
