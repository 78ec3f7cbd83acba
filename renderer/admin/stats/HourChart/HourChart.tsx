const COL = 38
const CHART_H = 200
const AXIS_H = 34

/**
 * Columns for the 24 hours of the day (SVG, natural size, 20 px labels every third hour). The
 * exact numbers are in each column's tooltip and `data-value`, and the busiest hour is said in
 * words by the caller.
 */
export function HourChart({ title, values }: { title: string; values: readonly number[] }) {
  const max = Math.max(1, ...values)
  const width = values.length * COL
  return (
    <svg
      className="stats-chart"
      role="img"
      aria-label={title}
      width={width}
      height={CHART_H + AXIS_H}
      viewBox={`0 0 ${width} ${CHART_H + AXIS_H}`}
    >
      <line x1={0} x2={width} y1={CHART_H} y2={CHART_H} className="stats-chart-axis" />
      {values.map((value, hour) => {
        const h = Math.round((value / max) * (CHART_H - 10))
        const x = hour * COL
        return (
          <g key={hour} data-hour={hour} data-value={value}>
            <rect x={x + 5} y={CHART_H - h} width={COL - 10} height={h} className="stats-chart-bar">
              <title>{`${hour}:00 ${value}`}</title>
            </rect>
            {hour % 3 === 0 && (
              <text
                x={x + COL / 2}
                y={CHART_H + 26}
                textAnchor="middle"
                className="stats-chart-label"
              >
                {hour}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}
