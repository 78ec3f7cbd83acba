/** `lang` marks a label written in another language than the page (a language's own name). */
type Bar = { key: string; label: string; value: number; lang?: string }

const ROW = 48
const LABEL_W = 330
const BAR_W = 480
const VALUE_W = 90

/**
 * Horizontal bars drawn as SVG at its natural size (so its 20 px text is never scaled down), one
 * row per item with the number printed, readable without colour. Each row carries
 * `data-bar`/`data-value` so tests read what a person sees.
 */
export function BarChart({ title, bars, empty }: { title: string; bars: Bar[]; empty: string }) {
  if (bars.length === 0) return <p className="body-text">{empty}</p>
  const max = Math.max(1, ...bars.map((b) => b.value))
  const width = LABEL_W + BAR_W + VALUE_W
  const height = bars.length * ROW
  return (
    <svg
      className="stats-chart"
      role="img"
      aria-label={title}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      {bars.map((bar, i) => {
        const y = i * ROW
        const w = Math.max(2, Math.round((bar.value / max) * BAR_W))
        return (
          <g key={bar.key} data-bar={bar.key} data-value={bar.value}>
            <text
              x={LABEL_W - 12}
              y={y + 31}
              textAnchor="end"
              className="stats-chart-label"
              lang={bar.lang}
            >
              {bar.label}
            </text>
            <rect x={LABEL_W} y={y + 8} width={w} height={ROW - 16} className="stats-chart-bar" />
            <text x={LABEL_W + w + 10} y={y + 31} className="stats-chart-label">
              {bar.value}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
