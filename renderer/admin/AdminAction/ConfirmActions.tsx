import { useT } from '../../i18n/useT'

type Props = {
  /** The question, e.g. "Go back to the previous content?" */
  question: string
  /** The words on the button that does it, e.g. "Yes, go back". */
  yes: string
  onYes(): void
  onCancel(): void
  busy?: boolean
}

/**
 * The one confirmation step of the admin screens: the question, the button that does it and
 * Cancel, always in that order, so a destructive action is never one tap.
 */
export function ConfirmActions({ question, yes, onYes, onCancel, busy = false }: Props) {
  const { t } = useT('admin')
  return (
    <>
      <p className="body-text">{question}</p>
      <div className="admin-actions">
        <button type="button" className="primary-button" disabled={busy} onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          {t('pin.cancel')}
        </button>
      </div>
    </>
  )
}
