import { useEffect, useRef } from 'react'
import { useT } from '../../i18n/useT'
import { Icon } from '../Icon'

type Props = {
  secondsLeft: number
  onContinue(): void
  onRestart(): void
}

/** Keys that work the dialog's own buttons (move between them, press one). */
const BUTTON_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Enter',
  ' ',
  'Tab',
])
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta'])

/**
 * "Still there?": a modal alert dialog with a visible countdown. One tap anywhere outside the
 * buttons, on "continue", or any key but those that work the buttons (a blind visitor hears the
 * dialog in audio mode and presses whatever key is under the hand) keeps the session; "start
 * over" ends it now. Focus starts on "continue" so a keypad user needs only Enter.
 */
export function StillThereDialog({ secondsLeft, onContinue, onRestart }: Props) {
  const { t } = useT()
  const continueRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    continueRef.current?.focus()
  }, [])
  return (
    <div className="dialog-backdrop" onClick={onContinue}>
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="still-there-title"
        aria-describedby="still-there-body"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (BUTTON_KEYS.has(e.key) || MODIFIERS.has(e.key)) return
          e.preventDefault()
          onContinue()
        }}
      >
        <h2 id="still-there-title" className="dialog-title">
          {t('idle.title')}
        </h2>
        <p id="still-there-body" className="body-text">
          {t('idle.body')}
        </p>
        <p className="dialog-countdown">
          <span className="dialog-countdown-number">{secondsLeft}</span>
          <span className="dialog-countdown-label">{t('idle.secondsLeft')}</span>
        </p>
        <div className="dialog-actions">
          <button ref={continueRef} type="button" className="primary-button" onClick={onContinue}>
            <Icon name="check" />
            <span>{t('idle.continue')}</span>
          </button>
          <button type="button" className="secondary-button" onClick={onRestart}>
            <Icon name="home" />
            <span>{t('idle.restart')}</span>
          </button>
        </div>
      </div>
    </div>
  )
}
