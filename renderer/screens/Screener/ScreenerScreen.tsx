import { useT } from '../../i18n/useT'
import { Screen } from '../../components/Screen'
import { useNavigation } from '../../navigation/useNavigation'
import { useKiosk } from '../../state/useKiosk'
import { ScreenerFlow } from './ScreenerFlow'
import './ScreenerScreen.css'

/**
 * "Do I qualify?": the content's questions, then what may fit. Keyed by the session id, so the
 * answers of one visitor can never be seen by the next, even if the screen stays mounted.
 */
export function ScreenerScreen() {
  const { t } = useT('places')
  const { content, sessionId } = useKiosk()
  const { navigate } = useNavigation()
  return (
    <Screen name="screener" title={t('screener.title')} icon="question">
      <p className="lead">{t('screener.intro')}</p>
      <ScreenerFlow
        key={sessionId}
        content={content}
        onOpenService={(serviceId) => navigate({ name: 'service', serviceId })}
      />
    </Screen>
  )
}
