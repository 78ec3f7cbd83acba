import { useTranslation } from 'react-i18next'
import type { Benefit } from '../../../common/content/schema'
import { BigNumber } from '../../components/BigNumber'
import { LocalText } from '../../components/LocalText'
import { formatCny } from '../../format/format'
import { useKiosk } from '../../state/useKiosk'

/** What a programme gives: each amount big with "per person/household/one-time" beside it. */
export function Benefits({ benefits }: { benefits: readonly Benefit[] }) {
  const { t } = useTranslation()
  const { lang } = useKiosk()
  return (
    <section className="detail-section" aria-labelledby="service-what">
      <h2 id="service-what" className="section-title">
        {t('service.whatYouGet')}
      </h2>
      <ul className="benefits">
        {benefits.map((b, i) => (
          <li key={i} className="benefit">
            {b.amountCny !== undefined && (
              <BigNumber
                value={formatCny(b.amountCny, lang)}
                caption={b.per ? t(`service.per.${b.per}`) : undefined}
              />
            )}
            <LocalText value={b.description} className="benefit-text" />
          </li>
        ))}
      </ul>
    </section>
  )
}
