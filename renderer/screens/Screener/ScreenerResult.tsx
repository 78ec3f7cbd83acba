import { useEffect, useRef } from 'react'
import { useT } from '../../i18n/useT'
import type { Content, Service } from '../../../common/content/schema'
import { HotlineCardList } from '../../components/HotlineCard'
import { Icon } from '../../components/Icon'
import { LocalText } from '../../components/LocalText'
import { useStatsRecorder } from '../../stats'
import { screenerHotlines } from './screenerHotlines'

type Props = {
  content: Content
  services: Service[]
  /** False when the content had no questions at all. */
  asked: boolean
  onOpenService(serviceId: string): void
  /** Move focus to the result heading when shown after the last answer. */
  takeFocus: boolean
}

/**
 * "You may qualify for …" with links to each service. It advises and never excludes: an empty
 * result says the visitor can still ask, and every result ends with a hotline to call.
 */
export function ScreenerResult({ content, services, asked, onOpenService, takeFocus }: Props) {
  const { t } = useT('places')
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (takeFocus) heading.current?.focus()
  }, [takeFocus])
  const record = useStatsRecorder()
  useEffect(() => {
    if (asked) record({ kind: 'screener', step: 'finished' })
  }, [asked, record])
  const hotlines = screenerHotlines(
    content,
    services.map((s) => s.id),
  )
  return (
    <section className="screener-result" aria-labelledby="screener-result-title">
      <h2 id="screener-result-title" className="section-title" ref={heading} tabIndex={-1}>
        {t('screener.resultTitle')}
      </h2>
      {!asked && <p className="body-text">{t('screener.noQuestions')}</p>}
      {asked && services.length === 0 && (
        <p className="body-text">{t('screener.nothingMatched')}</p>
      )}
      {services.length > 0 && (
        <>
          <p className="body-text">{t('screener.resultIntro')}</p>
          <ul className="card-list">
            {services.map((s) => (
              <li key={s.id}>
                <button type="button" className="service-card" onClick={() => onOpenService(s.id)}>
                  <Icon name="check" className="service-card-chevron" />
                  <span className="service-card-body">
                    <LocalText value={s.name} className="service-card-name" />
                    <LocalText
                      value={s.plainSummary ?? s.summary}
                      className="service-card-summary"
                    />
                  </span>
                  <Icon name="chevron" className="service-card-chevron" />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="screener-still-ask">{t('screener.stillAsk')}</p>
      {hotlines.length > 0 && (
        <>
          <h3 className="screener-call">{t('screener.callHotline')}</h3>
          <HotlineCardList phones={hotlines} />
        </>
      )}
    </section>
  )
}
