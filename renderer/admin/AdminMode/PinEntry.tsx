import { useCallback, useEffect, useState } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminApi } from '../../../common/admin/adminApi'
import type { AdminLoginResult, AdminStatus } from '../../../common/admin/schemas'
import { PinPad, PinPanel } from '../PinPad'

type Props = {
  admin: AdminApi
  /** A note to show first, e.g. that the previous session ended. */
  notice?: string
  onSignedIn(session: string, idleSeconds: number): void
  onCancel(): void
}

type Step =
  | { kind: 'loading' }
  | { kind: 'choose' }
  | { kind: 'confirm'; first: string }
  | { kind: 'enter'; status: AdminStatus }
  /** No usable PIN and none may be chosen here: a signed provisioning package must bring it. */
  | { kind: 'provision'; lost: boolean }

/** The step a host status leads to; a host that does not say how a first PIN is set fails closed. */
function stepFor(status: AdminStatus): Step {
  if (status.pinSet) return { kind: 'enter', status }
  if (status.firstPin === 'on-screen') return { kind: 'choose' }
  return { kind: 'provision', lost: status.firstPin === 'lost' }
}

/**
 * Signing in: on a kiosk without a PIN, take it from a provisioning package (or, where the
 * installer allowed it, choose one and type it twice; there is no factory PIN); a kiosk whose PIN
 * record was lost stays locked until a package brings a new one. Otherwise enter the PIN. While wrong PINs have locked the pad it is disabled with a countdown, and
 * the host is asked again when the countdown ends (the host's lock is what counts).
 */
export function PinEntry({ admin, notice, onSignedIn, onCancel }: Props) {
  const { t } = useT('admin')
  const [step, setStep] = useState<Step>({ kind: 'loading' })
  const [message, setMessage] = useState<string | undefined>(notice)
  const [lockLeft, setLockLeft] = useState(0)

  const refresh = useCallback(() => {
    admin.status().then(
      (status) => {
        setStep(stepFor(status))
        setLockLeft(status.retryAfterSeconds)
      },
      (err: unknown) => setMessage(t('pin.hostError', { message: String(err) })),
    )
  }, [admin, t])
  useEffect(refresh, [refresh])

  useEffect(() => {
    if (lockLeft <= 0) return
    const timer = setTimeout(() => {
      if (lockLeft === 1) refresh()
      setLockLeft((s) => Math.max(0, s - 1))
    }, 1000)
    return () => clearTimeout(timer)
  }, [lockLeft, refresh])

  const handle = (result: AdminLoginResult) => {
    if (result.ok) {
      onSignedIn(result.session, result.idleSeconds)
      return
    }
    const { status } = result
    setStep(stepFor(status))
    setLockLeft(status.retryAfterSeconds)
    if (result.reason === 'wrong-pin') setMessage(t('pin.wrong'))
    else if (result.reason === 'invalid-pin') setMessage(t('pin.tooShort'))
    else if (result.reason !== 'locked') setMessage(result.message)
    else setMessage(undefined)
  }
  const fail = (err: unknown) => setMessage(t('pin.hostError', { message: String(err) }))

  if (step.kind === 'loading') return <p className="body-text">{t('diagnostics.loading')}</p>
  const provision = () => {
    setMessage(undefined)
    admin.provision().then((result) => {
      if (result.ok) {
        setMessage(t('pin.provisioned'))
        refresh()
      } else setMessage(t('pin.provisionFailed', { reason: result.reason }))
    }, fail)
  }
  if (step.kind === 'provision') {
    return (
      <PinPanel
        title={step.lost ? t('pin.lostTitle') : t('pin.packageTitle')}
        hint={step.lost ? t('pin.lostHint') : t('pin.packageHint')}
        message={message}
        action={{ label: t('pin.provision'), onClick: provision }}
        onCancel={onCancel}
        data-pin-lost={step.lost}
      />
    )
  }
  if (step.kind === 'choose' || step.kind === 'confirm') {
    const confirming = step.kind === 'confirm'
    return (
      <>
        <PinPad
          key={step.kind}
          title={confirming ? t('pin.confirmTitle') : t('pin.setTitle')}
          hint={confirming ? undefined : t('pin.setHint')}
          message={message}
          onCancel={onCancel}
          onSubmit={(pin) => {
            setMessage(undefined)
            if (step.kind === 'choose') setStep({ kind: 'confirm', first: pin })
            else if (pin !== step.first) {
              setStep({ kind: 'choose' })
              setMessage(t('pin.mismatch'))
            } else admin.setFirstPin(pin).then(handle, fail)
          }}
        />
        {!confirming && (
          <div className="admin-actions admin-centered">
            <button type="button" className="secondary-button" onClick={provision}>
              {t('pin.provision')}
            </button>
          </div>
        )}
      </>
    )
  }
  const locked = lockLeft > 0
  const lines = [
    locked ? t('pin.locked', { seconds: lockLeft }) : message,
    step.status.failures > 0 ? t('pin.failures', { count: step.status.failures }) : undefined,
  ].filter((line): line is string => line !== undefined)
  return (
    <div
      data-locked={locked}
      data-failures={step.status.failures}
      data-lock-seconds={step.status.retryAfterSeconds}
    >
      <PinPad
        title={t('pin.enterTitle')}
        hint={t('pin.enterHint')}
        message={lines.join(' ') || undefined}
        disabled={locked}
        onCancel={onCancel}
        onSubmit={(pin) => admin.login(pin).then(handle, fail)}
      />
    </div>
  )
}
