import type { Point, Schematic } from './projection'

const WIDTH = 720
const HEIGHT = 440
const MARGIN = 90

type Props = {
  layout: (width: number, height: number, margin: number) => Schematic
  /** The line follows streets (the office's or the kiosk's route: solid), not the straight line (dashed). */
  solid?: boolean
  hereLabel: string
  thereLabel: string
  north: string
  scaleText: (metres: number) => string
  label: string
}

function anchorFor(p: Point): 'start' | 'end' {
  return p.x > WIDTH * 0.6 ? 'end' : 'start'
}

function PointLabel({ at, text }: { at: Point; text: string }) {
  const anchor = anchorFor(at)
  const dx = anchor === 'start' ? 26 : -26
  const below = at.y < 70
  return (
    <text
      x={at.x + dx}
      y={below ? at.y + 40 : at.y - 18}
      textAnchor={anchor}
      className="map-schematic__label"
    >
      {text}
    </text>
  )
}

/**
 * A clean sketch when no picture exists: north up, a north arrow, a scale bar with a round
 * length, the kiosk and the destination joined by a dashed line. Not a street map, and it does
 * not pretend to be one.
 */
export function MapSchematic({
  layout,
  solid,
  hereLabel,
  thereLabel,
  north,
  scaleText,
  label,
}: Props) {
  const s = layout(WIDTH, HEIGHT, MARGIN)
  const barY = HEIGHT - 30
  return (
    <svg
      className="map-schematic"
      data-map="schematic"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      <rect
        x="1"
        y="1"
        width={WIDTH - 2}
        height={HEIGHT - 2}
        rx="16"
        className="map-schematic__paper"
      />
      <polyline
        points={s.route.map((p) => `${p.x},${p.y}`).join(' ')}
        className={`map-schematic__route${solid ? ' map-schematic__route--solid' : ''}`}
      />
      <circle cx={s.here.x} cy={s.here.y} r="16" className="map-schematic__here" />
      <path
        d={`M${s.there.x} ${s.there.y}l-14 -30a16 16 0 1 1 28 0z`}
        className="map-schematic__there"
      />
      <PointLabel at={s.here} text={hereLabel} />
      <PointLabel at={s.there} text={thereLabel} />
      <g transform={`translate(${WIDTH - 50} 30)`} className="map-schematic__north">
        <path d="M0 0l16 44h-32z" />
        <text x="0" y="80" textAnchor="middle">
          {north}
        </text>
      </g>
      {s.scaleBar.metres > 0 && (
        <g className="map-schematic__scale">
          <path d={`M24 ${barY - 10}v10h${s.scaleBar.length}v-10`} />
          <text x={30 + s.scaleBar.length} y={barY + 2}>
            {scaleText(s.scaleBar.metres)}
          </text>
        </g>
      )}
    </svg>
  )
}
