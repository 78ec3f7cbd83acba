import { useEffect, useState } from 'react'
import { useT } from '../../i18n/useT'
import { PIN_MAX_DIGITS, PIN_MIN_DIGITS } from '../../../common/admin/schemas'
import { PinPanel } from './PinPanel'

type Props = {
  title: string
  hint?: string
  /** Shown under the dots: a refusal, a lock countdown. */
  message?: string
  disabled?: boolean
  onSubmit(pin: string): void
  onCancel(): void
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const

/**
 * An on-screen number pad for the PIN with big keys (at least 72 px), digits shown as dots only.
 * A hardware keypad works too: digits, Backspace, Enter. OK stays disabled until 6 digits.
 */
export function PinPad({ title, hint, message, disabled = false, onSubmit, onCancel }: Props) {
  const { t } = useT('admin')
  const [digits, setDigits] = useState('')
  const ready = digits.length >= PIN_MIN_DIGITS && !disabled

  const add = (d: string) => setDigits((v) => (v.length < PIN_MAX_DIGITS ? v + d : v))
  const submit = () => {
    if (!ready) return
    const pin = digits
    setDigits('')
    onSubmit(pin)
  }

  useEffect(() => {
    if (disabled) return
    const onKey = (e: KeyboardEvent) => {
      if (/^[0-9]$/.test(e.key)) add(e.key)
      else if (e.key === 'Backspace') setDigits((v) => v.slice(0, -1))
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [disabled])

  return (
    <PinPanel
      title={title}
      hint={hint}
      message={message}
      action={{ label: t('pin.ok'), disabled: !ready, onClick: submit }}
      onCancel={onCancel}
      status={
        <p className="pin-dots" aria-live="polite" data-digits={digits.length}>
          <span aria-hidden="true">{'●'.repeat(digits.length) || '—'}</span>
          <span className="visually-hidden">{t('pin.entered', { count: digits.length })}</span>
        </p>
      }
    >
      <div className="pin-keys" role="group" aria-label={title}>
        {DIGITS.map((d) => (
          <button
            key={d}
            type="button"
            className="pin-key"
            disabled={disabled}
            onClick={() => add(d)}
          >
            {d}
          </button>
        ))}
        <button
          type="button"
          className="pin-key pin-key-word"
          disabled={disabled}
          onClick={() => setDigits('')}
        >
          {t('pin.clear')}
        </button>
        <button type="button" className="pin-key" disabled={disabled} onClick={() => add('0')}>
          0
        </button>
        <button
          type="button"
          className="pin-key"
          disabled={disabled}
          aria-label={t('pin.backspace')}
          onClick={() => setDigits((v) => v.slice(0, -1))}
        >
          ⌫
        </button>
      </div>
    </PinPanel>
  )
}
