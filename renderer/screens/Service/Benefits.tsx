import { useT } from '../../i18n/useT'
import type { Benefit } from '../../../common/content/schema'
import { BigNumber } from '../../components/BigNumber'
import { LocalText } from '../../components/LocalText'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'
import { benefitWording } from '../../../common/present/benefitWording'
import './Benefits.css'

/**
 * What a programme gives: each amount big, with what it is ("up to", in goods) and whom it is
 * counted for beside it, and plain notes (goods, not applied for) under the description.
 */
export function Benefits({ benefits }: { benefits: readonly Benefit[] }) {
  const { t } = useT()
  const { lang } = useKiosk()
  const localize = useLocalize()
  return (
    <section className="detail-section" aria-labelledby="service-what">
      <h2 id="service-what" className="section-title">
        {t('service.whatYouGet')}
      </h2>
      <ul className="benefits">
        {benefits.map((b, i) => {
          const w = benefitWording(
            b,
            lang,
            (k, v) => t(k, v),
            (v) => localize(v).text,
          )
          return (
            <li key={i} className="benefit">
              {w.amount !== undefined && <BigNumber value={w.amount} caption={w.caption} />}
              <LocalText value={b.description} className="benefit-text" />
              {w.notes.map((note) => (
                <span key={note} className="benefit-note">
                  {note}
                </span>
              ))}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
