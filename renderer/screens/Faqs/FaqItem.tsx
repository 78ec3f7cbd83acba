import { useState } from 'react'
import { useT } from '../../i18n/useT'
import type { Faq } from '../../../common/content/schema'
import { Icon } from '../../components/Icon'
import { LocalText } from '../../components/LocalText'
import { StaleNotice } from '../../components/StaleNotice'

/** A question as a big button; one tap shows the answer below it, another tap hides it. */
export function FaqItem({ faq, idPrefix }: { faq: Faq; idPrefix: string }) {
  const { t } = useT('places')
  const [open, setOpen] = useState(false)
  const answerId = `${idPrefix}-${faq.id}-answer`
  return (
    <div className={`faq-item${open ? ' faq-item--open' : ''}`}>
      <h3 className="faq-item__heading">
        <button
          type="button"
          className="faq-item__question"
          aria-expanded={open}
          aria-controls={answerId}
          onClick={() => setOpen((o) => !o)}
        >
          <LocalText value={faq.question} className="faq-item__text" />
          <span className="faq-item__toggle">
            <span>{open ? t('faqs.hideAnswer') : t('faqs.showAnswer')}</span>
            <Icon name="chevron" className="faq-item__chevron" />
          </span>
        </button>
      </h3>
      <div id={answerId} className="faq-item__answer" hidden={!open}>
        <LocalText value={faq.answer} as="p" />
        <StaleNotice item={faq} categoryIds={faq.categoryIds} />
      </div>
    </div>
  )
}
