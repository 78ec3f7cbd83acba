import { useT } from '../../i18n/useT'
import { useNavigation } from '../../navigation/useNavigation'
import { useKiosk } from '../../state/useKiosk'
import { Icon } from '../Icon'
import { LocalText } from '../LocalText'
import { PhoneNumber } from '../PhoneNumber'
import { topHotlines } from '../../../common/present/topHotlines'

/** How many hotlines fit the bar in both orientations without shrinking the numbers. */
const BAR_SIZE = 4

/**
 * The most important hotlines, always visible: what each is for and its number, big (in landscape,
 * where the bar is a tall column, with the hotline's one-line description too). A tap opens the
 * hotline page (hours, QR to dial); the last button lists every hotline.
 */
export function HotlineBar() {
  const { t } = useT()
  const { content } = useKiosk()
  const { navigate, route } = useNavigation()
  const phones = topHotlines(content.phones, BAR_SIZE)
  return (
    <aside className="hotline-bar" aria-labelledby="hotline-bar-title" data-keypad-row="bottom">
      <h2 id="hotline-bar-title" className="hotline-bar-title">
        <Icon name="phone" />
        <span>{t('hotlineBar.title')}</span>
      </h2>
      <ul className="hotline-bar-list">
        {phones.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="hotline-chip"
              aria-current={route.name === 'hotline' && route.phoneId === p.id ? 'page' : undefined}
              onClick={() => navigate({ name: 'hotline', phoneId: p.id })}
            >
              <PhoneNumber number={p.number} className="hotline-chip-number" />
              <LocalText value={p.name} className="hotline-chip-name" />
              <LocalText value={p.description} className="hotline-chip-description" />
              {p.available24h && (
                <span className="hotline-chip-hours">{t('hotlineBar.open24h')}</span>
              )}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="hotline-chip hotline-chip-all"
            aria-current={route.name === 'hotlines' ? 'page' : undefined}
            onClick={() => navigate({ name: 'hotlines' })}
          >
            <Icon name="list" />
            <span className="hotline-chip-name">{t('home.allHotlines')}</span>
          </button>
        </li>
      </ul>
    </aside>
  )
}
