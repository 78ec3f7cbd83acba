import { useT } from '../../i18n/useT'
import type { Phone } from '../../../common/content/schema'
import { useNavigation } from '../../navigation/useNavigation'
import { Icon } from '../Icon'
import { LocalText } from '../LocalText'
import { PhoneNumber } from '../PhoneNumber'

/** A hotline as a big button: number first (what people look for), then what it is for. */
export function HotlineCard({ phone }: { phone: Phone }) {
  const { t } = useT()
  const { navigate } = useNavigation()
  return (
    <button
      type="button"
      className="hotline-card"
      onClick={() => navigate({ name: 'hotline', phoneId: phone.id })}
    >
      <Icon name="phone" className="hotline-card-icon" />
      <span className="hotline-card-body">
        <PhoneNumber number={phone.number} className="hotline-card-number" />
        <LocalText value={phone.name} className="hotline-card-name" />
        <LocalText value={phone.description} className="hotline-card-description" />
        {phone.available24h && <span className="badge badge-24h">{t('hotlines.open24h')}</span>}
      </span>
      <Icon name="chevron" className="hotline-card-chevron" />
    </button>
  )
}

/**
 * Hotlines as a list of cards, in the order given: the one way a screen shows several (a need, a
 * service, the screener's result, all hotlines). `grid` lays them out side by side where the
 * screen has room (a need's side column).
 */
export function HotlineCardList({ phones, grid = false }: { phones: Phone[]; grid?: boolean }) {
  return (
    <ul className={grid ? 'card-list card-grid' : 'card-list'}>
      {phones.map((p) => (
        <li key={p.id}>
          <HotlineCard phone={p} />
        </li>
      ))}
    </ul>
  )
}
