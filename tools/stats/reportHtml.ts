import {
  addCounts,
  byHourOfDay,
  countsUnder,
  languagesOf,
  needsOf,
  totalCounts,
} from '../../common/stats/counters'
import { exportToCsv } from '../../common/stats/exportCsv'
import type { Counts } from '../../common/stats/schema'
import type { MergedKiosk, SkippedFile } from './mergeExports'
import { escapeHtml, horizontalBars, hourColumns } from './svgChart'

/** The headline counters shown as numbers for every kiosk and for the fleet. */
export const HEADLINE_COUNTERS = [
  ['session', 'Sessions'],
  ['idle-reset', 'Idle resets'],
  ['screener:started', 'Screener started'],
  ['screener:finished', 'Screener finished'],
  ['view:hotlines', 'Hotline list views'],
] as const

/** Every counter of a kiosk: its kept days plus its folded months. */
export function kioskTotals(kiosk: MergedKiosk): Counts {
  const total = totalCounts(kiosk.days)
  for (const month of kiosk.months) addCounts(total, month.counts)
  return total
}

const sum = (pairs: [string, number][]) => pairs.reduce((n, [, v]) => n + v, 0)

function section(id: string, heading: string, counts: Counts, hours: number[]): string {
  const headline = HEADLINE_COUNTERS.map(
    ([key, label]) =>
      `<tr><th scope="row">${label}</th><td data-counter="${key}">${counts[key] ?? 0}</td></tr>`,
  )
  const qr = sum(countsUnder(counts, 'qr-shown:'))
  const hotline = sum(countsUnder(counts, 'view:hotline:'))
  const updates = sum(countsUnder(counts, 'update-attempt:'))
  const bars = (pairs: [string, number][]) => pairs.map(([label, value]) => ({ label, value }))
  return `<section class="block" data-scope="${escapeHtml(id)}">
<h2>${escapeHtml(heading)}</h2>
<table class="numbers">${headline.join('')}
<tr><th scope="row">QR codes shown</th><td data-counter="qr-shown">${qr}</td></tr>
<tr><th scope="row">Hotline page views</th><td data-counter="view:hotline">${hotline}</td></tr>
<tr><th scope="row">Update attempts</th><td data-counter="update-attempt">${updates}</td></tr>
<tr><th scope="row">Slips printed</th><td data-counter="slip:printed">${counts['slip:printed'] ?? 0}</td></tr>
<tr><th scope="row">Print failures</th><td data-counter="slip:failed">${counts['slip:failed'] ?? 0}</td></tr></table>
<h3>Needs (category screens viewed)</h3>${horizontalBars(`Needs — ${heading}`, bars(needsOf(counts)))}
<h3>Languages chosen</h3>${horizontalBars(`Languages — ${heading}`, bars(languagesOf(counts)))}
<h3>Sessions by hour of day</h3>${hourColumns(`Sessions by hour — ${heading}`, hours)}
</section>`
}

const STYLE = `body{font-family:system-ui,"Noto Sans SC",sans-serif;margin:2rem;color:#111;background:#fff;line-height:1.4}
h1{font-size:1.8rem}h2{border-bottom:2px solid #1a4d8f;padding-bottom:.2rem}
.block{margin-bottom:2.5rem}.numbers td{text-align:right;padding-left:2rem;font-variant-numeric:tabular-nums}
.numbers th{text-align:left;font-weight:normal}svg{display:block;margin:.5rem 0;font-size:14px;max-width:100%;height:auto}
svg text{fill:#111}svg .small{font-size:11px}.bar{fill:#1a4d8f}pre{background:#f4f4f4;padding:1rem;overflow:auto;font-size:12px}
.warn{color:#8a1c00}`

/**
 * The fleet report: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched)
 * with totals and charts for the whole fleet and for each kiosk, and every counter as CSV at the
 * end. Numbers sit in `data-counter` cells so people and tests can read them the same way.
 */
export function buildReport(
  kiosks: readonly MergedKiosk[],
  input: { files: number; skipped: readonly SkippedFile[]; generatedAt: string },
): string {
  const fleet: Counts = {}
  const fleetHours = Array.from({ length: 24 }, () => 0)
  const parts = kiosks.map((k) => {
    const counts = kioskTotals(k)
    addCounts(fleet, counts)
    const hours = byHourOfDay(k.days, 'session')
    hours.forEach((v, i) => (fleetHours[i] = (fleetHours[i] ?? 0) + v))
    const first = k.months[0]?.month ?? k.days[0]?.day ?? '–'
    const last = k.days.at(-1)?.day ?? k.months.at(-1)?.month ?? '–'
    const site = k.siteId ? ` at ${k.siteId}` : ''
    const heading = `Kiosk ${k.kioskId}${site} (content v${k.contentVersion}, ${first} … ${last})`
    return section(k.kioskId, heading, counts, hours)
  })
  const csv = kiosks
    .map((k, i) => {
      const text = exportToCsv(k)
      return i === 0 ? text : text.slice(text.indexOf('\n') + 1)
    })
    .join('')
  const skipped = input.skipped.length
    ? `<p class="warn">Skipped ${input.skipped.length} file(s):</p><ul class="warn">${input.skipped
        .map((s) => `<li>${escapeHtml(s.file)}: ${escapeHtml(s.reason)}</li>`)
        .join('')}</ul>`
    : ''
  const duplicates = kiosks.reduce((n, k) => n + k.duplicates, 0)
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Relief kiosk usage report</title><style>${STYLE}</style></head>
<body><h1>Relief kiosk usage report</h1>
<p>Anonymous counters from ${kiosks.length} kiosk(s), merged from ${input.files} export file(s) on ${escapeHtml(input.generatedAt)}.
Records found in more than one export were counted once (${duplicates} duplicate record(s) ignored).</p>
${skipped}
${section('total', 'All kiosks', fleet, fleetHours)}
${parts.join('\n')}
<section class="block"><h2>Appendix: every counter (CSV)</h2><pre id="csv">${escapeHtml(csv)}</pre></section>
</body></html>
`
}
