import { useEffect, useRef } from 'react'
import { useT } from '../../i18n/useT'
import type { ScreenerQuestion as Question } from '../../../common/content/schema'
import { Icon } from '../../components/Icon'
import { LocalText } from '../../components/LocalText'

type Props = {
  question: Question
  /** The answer given earlier (when the visitor came back), shown as pressed. */
  answer: string | undefined
  onAnswer(answer: string): void
  /** Move focus to the first answer when shown, so a keypad user continues from here. */
  takeFocus: boolean
}

/** One question with big answer buttons: yes/no, or the content's options. */
export function ScreenerQuestion({ question, answer, onAnswer, takeFocus }: Props) {
  const { t } = useT('places')
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (takeFocus) first.current?.focus()
  }, [takeFocus])
  const choices =
    question.kind === 'yesno'
      ? [
          {
            id: 'yes',
            label: (
              <>
                <Icon name="check" />
                <span>{t('screener.yes')}</span>
              </>
            ),
          },
          {
            id: 'no',
            label: (
              <>
                <Icon name="cross" />
                <span>{t('screener.no')}</span>
              </>
            ),
          },
        ]
      : (question.options ?? []).map((o) => ({ id: o.id, label: <LocalText value={o.label} /> }))
  return (
    <fieldset className="screener-question">
      <legend className="screener-question__legend">
        <LocalText value={question.text} as="h2" className="screener-question__text" />
      </legend>
      <LocalText value={question.help} as="p" className="screener-question__help" />
      <div className={`screener-choices screener-choices--${question.kind}`}>
        {choices.map((c, i) => (
          <button
            key={c.id}
            ref={i === 0 ? first : undefined}
            type="button"
            className="screener-choice"
            aria-pressed={answer === c.id}
            onClick={() => onAnswer(c.id)}
          >
            {c.label}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
