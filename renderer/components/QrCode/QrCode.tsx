import { useMemo } from 'react'
import { useT } from '../../i18n/useT'
import { qrMatrix } from './qrMatrix'
import './QrCode.css'

type Props = {
  /** The plain-text payload (see renderer/share/qrText.ts). */
  text: string
  /** What the code holds, for screen readers: "QR code with the address of …". */
  label: string
  /** Replaces the default caption ("Scan to keep this on your phone …"). */
  caption?: string
}

/** Quiet zone around the symbol, in modules, as the QR standard requires (4). */
const QUIET = 4

/**
 * A QR code drawn as inline SVG (dark on white, whatever the colour theme, because phone
 * cameras need that contrast) with a caption saying it works without internet.
 */
export function QrCode({ text, label, caption }: Props) {
  const { t } = useT('places')
  const matrix = useMemo(() => qrMatrix(text), [text])
  const box = matrix.size + 2 * QUIET
  return (
    <figure className="qr-code">
      <svg
        className="qr-code__symbol"
        role="img"
        aria-label={label}
        viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
        shapeRendering="crispEdges"
      >
        <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#fff" />
        <path d={matrix.path} fill="#000" />
      </svg>
      <figcaption className="qr-code__caption">{caption ?? t('qr.caption')}</figcaption>
    </figure>
  )
}
