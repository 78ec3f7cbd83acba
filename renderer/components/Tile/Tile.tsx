import type { ReactNode } from 'react'
import { Icon, type IconName } from '../Icon'

type Props = {
  icon: IconName
  label: ReactNode
  hint?: ReactNode
  /** Something to show big on the tile itself, e.g. the 120 on the medical tile. */
  extra?: ReactNode
  variant?: 'crisis' | 'need' | 'action'
  onActivate(): void
}

/** A big touch tile: icon and word together, one tap, never hover-dependent. */
export function Tile({ icon, label, hint, extra, variant = 'need', onActivate }: Props) {
  return (
    <button type="button" className={`tile tile-${variant}`} onClick={onActivate}>
      <Icon name={icon} className="tile-icon" />
      <span className="tile-body">
        <span className="tile-label">{label}</span>
        {hint !== undefined && <span className="tile-hint">{hint}</span>}
      </span>
      {extra !== undefined && <span className="tile-extra">{extra}</span>}
    </button>
  )
}
