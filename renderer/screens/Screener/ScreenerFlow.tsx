import { useState } from 'react'
import { useT } from '../../i18n/useT'
import type { Content } from '../../../common/content/schema'
import { suggestServices } from '../../../common/domain/screener'
import { Icon } from '../../components/Icon'
import { byIds } from '../../state/lookup'
import { ScreenerQuestion } from './ScreenerQuestion'
import { ScreenerResult } from './ScreenerResult'

type Props = {
  content: Content
  onOpenService(serviceId: string): void
}

/** Questions a visitor can answer with a tap; a one-of question without options is skipped. */
function askable(content: Content) {
  return content.screener.questions.filter(
    (q) => q.kind === 'yesno' || (q.options !== undefined && q.options.length > 0),
  )
}

/**
 * The "Do I qualify?" flow: one question at a time with progress and a way back, then the
 * services that may fit. Answers live only in this component's state: nothing is stored, and
 * the screen that renders it keys it by session so an idle reset starts it afresh.
 */
export function ScreenerFlow({ content, onOpenService }: Props) {
  const { t } = useT('places')
  const questions = askable(content)
  const [step, setStep] = useState(0)
  const [answers, setAnswers] = useState<Record<string, string>>({})
  /** False until the visitor acts, so the screen's own heading keeps focus on arrival. */
  const [moved, setMoved] = useState(false)
  const question = questions[step]

  const answer = (questionId: string, value: string) => {
    setAnswers((prev) => ({ ...prev, [questionId]: value }))
    setStep((s) => s + 1)
    setMoved(true)
  }
  const previous = step > 0 && (
    <button
      type="button"
      className="secondary-button"
      onClick={() => {
        setStep((s) => s - 1)
        setMoved(true)
      }}
    >
      <Icon name="back" />
      <span>{t('screener.previous')}</span>
    </button>
  )

  if (question === undefined) {
    const suggested = byIds(content.services, suggestServices(content.screener, answers)).filter(
      (s) => s.status === 'active',
    )
    return (
      <>
        <ScreenerResult
          content={content}
          services={suggested}
          asked={questions.length > 0}
          onOpenService={onOpenService}
          takeFocus={moved}
        />
        <div className="screener-actions">
          {previous}
          {questions.length > 0 && (
            <button
              type="button"
              className="secondary-button"
              onClick={() => {
                setAnswers({})
                setStep(0)
              }}
            >
              <Icon name="restart" />
              <span>{t('screener.startAgain')}</span>
            </button>
          )}
        </div>
      </>
    )
  }

  const percent = Math.round(((step + 1) / questions.length) * 100)
  return (
    <>
      <div className="screener-progress">
        <p className="screener-progress__text">
          {t('screener.progress', { current: step + 1, total: questions.length })}
        </p>
        <div className="screener-progress__bar" aria-hidden="true">
          <div className="screener-progress__fill" style={{ width: `${percent}%` }} />
        </div>
      </div>
      <ScreenerQuestion
        key={question.id}
        question={question}
        answer={answers[question.id]}
        onAnswer={(value) => answer(question.id, value)}
        takeFocus={moved}
      />
      <div className="screener-actions">{previous}</div>
    </>
  )
}
