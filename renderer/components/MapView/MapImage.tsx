import type { Point } from './projection'

type Marker = { at: Point; label: string; kind: 'here' | 'there' }

type Props = {
  src: string
  width: number
  height: number
  markers: Marker[]
  label: string
  onFail(): void
}

/** Labels sit on the side of their marker that has more room, so they stay on the picture. */
function labelSide(at: Point, width: number): 'left' | 'right' {
  return at.x > width * 0.6 ? 'left' : 'right'
}

/**
 * The content's georeferenced picture with "you are here" and the destination pinned on it.
 * Markers are HTML laid over the image in percent, so labels keep their readable size however
 * the picture is scaled. A picture that fails to load hands over to the schematic.
 */
export function MapImage({ src, width, height, markers, label, onFail }: Props) {
  return (
    <div
      className="map-image"
      role="img"
      aria-label={label}
      style={{ aspectRatio: `${width} / ${height}` }}
    >
      <img className="map-image__picture" src={src} alt="" onError={onFail} />
      {markers.map((m) => (
        <span
          key={m.kind}
          className={`map-marker map-marker--${m.kind} map-marker--label-${labelSide(m.at, width)}`}
          style={{ left: `${(m.at.x / width) * 100}%`, top: `${(m.at.y / height) * 100}%` }}
        >
          <span className="map-marker__dot" />
          <span className="map-marker__label">{m.label}</span>
        </span>
      ))}
    </div>
  )
}
