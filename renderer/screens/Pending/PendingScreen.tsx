import { useTranslation } from 'react-i18next'
import { Screen } from '../../components/Screen'
import type { Route } from '../../navigation/routes'

/**
 * Stands in for a screen that is not available in this build, so a route never renders blank:
 * the visitor sees a plain message and keeps the top bar and hotlines.
 */
export function PendingScreen({ route }: { route: Route }) {
  const { t } = useTranslation()
  return (
    <Screen name={route.name} title={t('app.notFound')} icon="info">
      <p className="lead">{t('category.empty')}</p>
    </Screen>
  )
}
