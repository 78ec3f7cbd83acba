import { useT } from '../../i18n/useT'
import { HotlineCardList } from '../../components/HotlineCard'
import { Screen } from '../../components/Screen'
import { byPriority } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'

/** Every hotline in the content, most important first. */
export function HotlinesScreen() {
  const { t } = useT()
  const { content } = useKiosk()
  const phones = byPriority(content.phones)
  return (
    <Screen name="hotlines" title={t('hotlines.title')} icon="phone">
      <p className="lead">{t('hotlines.intro')}</p>
      {phones.length === 0 ? (
        <p className="empty-message">{t('hotlines.empty')}</p>
      ) : (
        <HotlineCardList phones={phones} />
      )}
    </Screen>
  )
}
