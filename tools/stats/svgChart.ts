/** Escapes text for HTML and SVG (element content and attribute values). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

export type Bar = { label: string; value: number }

/**
 * A horizontal bar chart as inline SVG: one labelled row per item with its value printed, so the
 * numbers stay readable without colour and in print. `title` becomes the accessible name.
 */
export function horizontalBars(title: string, bars: readonly Bar[]): string {
  const rowH = 28
  const labelW = 220
  const barW = 360
  const max = Math.max(1, ...bars.map((b) => b.value))
  const h = Math.max(1, bars.length) * rowH + 8
  const rows = bars.map((b, i) => {
    const y = i * rowH + 4
    const w = Math.round((b.value / max) * barW)
    return (
      `<text x="${labelW - 8}" y="${y + 19}" text-anchor="end">${escapeHtml(b.label)}</text>` +
      `<rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 8}" class="bar"/>` +
      `<text x="${labelW + w + 6}" y="${y + 19}">${b.value}</text>`
    )
  })
  const empty = bars.length === 0 ? `<text x="8" y="20">–</text>` : ''
  return (
    `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelW + barW + 60} ${h}" ` +
    `width="${labelW + barW + 60}" height="${h}"><title>${escapeHtml(title)}</title>${rows.join('')}${empty}</svg>`
  )
}

/** Column chart of 24 values (hours of the day 0–23) with hour labels under the columns. */
export function hourColumns(title: string, values: readonly number[]): string {
  const colW = 26
  const chartH = 140
  const max = Math.max(1, ...values)
  const cols = values.map((v, hour) => {
    const h = Math.round((v / max) * chartH)
    const x = hour * colW + 4
    return (
      `<rect x="${x}" y="${chartH - h + 16}" width="${colW - 6}" height="${h}" class="bar"><title>${hour}: ${v}</title></rect>` +
      (v > 0
        ? `<text x="${x + 10}" y="${chartH - h + 12}" text-anchor="middle" class="small">${v}</text>`
        : '') +
      `<text x="${x + 10}" y="${chartH + 32}" text-anchor="middle" class="small">${hour}</text>`
    )
  })
  const w = values.length * colW + 8
  return (
    `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${w} ${chartH + 40}" ` +
    `width="${w}" height="${chartH + 40}"><title>${escapeHtml(title)}</title>${cols.join('')}</svg>`
  )
}
