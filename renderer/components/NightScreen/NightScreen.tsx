import { useT } from '../../i18n/useT'
import { LocalText } from '../LocalText'
import { PhoneNumber } from '../PhoneNumber'
import { topHotlines } from '../../../common/present/topHotlines'
import { useKiosk } from '../../state/useKiosk'

/**
 * The night screen: a dimmed panel over the visitor screen saying help is available and which
 * numbers to call. It covers only the screen above the hotline bar, which stays visible and
 * usable, and the whole panel is one button: a touch (or Enter) dismisses it so a visitor can use
 * the kiosk as by day. A night screen must never stand between a visitor and help.
 */
export function NightScreen({ onDismiss }: { onDismiss(): void }) {
  const { t } = useT()
  const { content } = useKiosk()
  const hotlines = topHotlines(content.phones, 3)
  return (
    <div className="night-screen" data-night-screen="">
      <button type="button" className="night-button" onClick={onDismiss} autoFocus>
        <span className="night-title">{t('night.help')}</span>
        <span className="night-hotlines">
          {hotlines.map((p) => (
            <span key={p.id} className="night-hotline">
              <LocalText value={p.name} className="night-hotline-name" />
              <PhoneNumber number={p.number} className="night-hotline-number" />
            </span>
          ))}
        </span>
        <span className="night-touch">{t('night.touch')}</span>
      </button>
    </div>
  )
}
