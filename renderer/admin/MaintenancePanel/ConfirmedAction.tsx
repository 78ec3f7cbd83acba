import { useState } from 'react'
import { ConfirmActions } from '../AdminAction'

type Props = {
  /** The button that asks first. */
  label: string
  /** What the action does, asked before it runs. */
  question: string
  /** The button that runs it. */
  yes: string
  busy: boolean
  onConfirm(): void
}

/**
 * A maintenance action that changes what the kiosk shows or accepts (going back to the previous
 * content, confirming installed versions after their record was lost): one button, then the
 * question with Yes and Cancel, so a stray touch never runs it.
 */
export function ConfirmedAction({ label, question, yes, busy, onConfirm }: Props) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <div className="admin-actions">
        <button
          type="button"
          className="secondary-button"
          disabled={busy}
          onClick={() => setAsking(true)}
        >
          {label}
        </button>
      </div>
    )
  }
  return (
    <ConfirmActions
      question={question}
      yes={yes}
      busy={busy}
      onYes={() => {
        setAsking(false)
        onConfirm()
      }}
      onCancel={() => setAsking(false)}
    />
  )
}
