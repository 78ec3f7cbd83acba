import { useId, type ReactNode } from 'react'
import { useT } from '../../i18n/useT'

type Props = {
  title: string
  hint?: string
  /** A refusal or a note, read out as an alert. */
  message?: string
  /** The panel's own action (OK, take the PIN from a package…); Cancel always follows it. */
  action: { label: string; disabled?: boolean; onClick(): void }
  onCancel(): void
  /** What sits above the message, e.g. the dots for the digits typed so far. */
  status?: ReactNode
  /** What sits between the message and the actions, e.g. the keys. */
  children?: ReactNode
  /** Markers for tests and staff tools, e.g. `data-pin-lost`. */
  [data: `data-${string}`]: string | number | boolean | undefined
}

/**
 * The frame every PIN screen shares: a titled section, a hint, the alert line, then the action
 * and Cancel. The number pad and the "bring a provisioning package" screen both sit in it.
 */
export function PinPanel(props: Props) {
  const { title, hint, message, action, onCancel, status, children, ...data } = props
  const { t } = useT('admin')
  const titleId = useId()
  return (
    <section className="pin-pad" aria-labelledby={titleId} {...data}>
      <h2 id={titleId} className="admin-heading">
        {title}
      </h2>
      {hint && <p className="body-text">{hint}</p>}
      {status}
      {message && (
        <p className="admin-message" role="alert">
          {message}
        </p>
      )}
      {children}
      <div className="admin-actions">
        <button
          type="button"
          className="primary-button"
          disabled={action.disabled}
          onClick={action.onClick}
        >
          {action.label}
        </button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          {t('pin.cancel')}
        </button>
      </div>
    </section>
  )
}
