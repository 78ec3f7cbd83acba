import { useState } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminApi } from '../../../common/admin/adminApi'
import { useAdminFailure } from '../AdminAction'
import { PinPad } from '../PinPad'

type Props = { admin: AdminApi; session: string; onSessionLost(): void }
type Step = { kind: 'idle' } | { kind: 'enter' } | { kind: 'confirm'; first: string }

/** Changing the PIN inside a session: the new PIN typed twice on the pad, then stored by the host. */
export function ChangePin({ admin, session, onSessionLost }: Props) {
  const { t } = useT('admin')
  const [step, setStep] = useState<Step>({ kind: 'idle' })
  const [message, setMessage] = useState<string | undefined>()
  const [done, setDone] = useState(false)
  const failure = useAdminFailure(onSessionLost)
  const notDone = (reason: string) => {
    setMessage(t('maintenance.failed', { reason }))
    setStep({ kind: 'enter' })
  }

  if (step.kind === 'idle') {
    return (
      <>
        {done && (
          <p className="admin-status" role="status">
            {t('maintenance.pinChanged')}
          </p>
        )}
        <div className="admin-actions">
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              setDone(false)
              setMessage(undefined)
              setStep({ kind: 'enter' })
            }}
          >
            {t('maintenance.changePin')}
          </button>
        </div>
      </>
    )
  }
  const confirming = step.kind === 'confirm'
  return (
    <PinPad
      key={step.kind}
      title={confirming ? t('pin.confirmTitle') : t('maintenance.newPinTitle')}
      message={message}
      onCancel={() => setStep({ kind: 'idle' })}
      onSubmit={(pin) => {
        setMessage(undefined)
        if (step.kind === 'enter') {
          setStep({ kind: 'confirm', first: pin })
          return
        }
        if (pin !== step.first) {
          setMessage(t('pin.mismatch'))
          setStep({ kind: 'enter' })
          return
        }
        admin.changePin(session, pin).then((result) => {
          if (result.ok) {
            setDone(true)
            setStep({ kind: 'idle' })
          } else {
            notDone(result.reason)
          }
        }, failure(notDone))
      }}
    />
  )
}
