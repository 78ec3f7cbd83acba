import { useT } from '../../i18n/useT'
import type { RouteName } from '../../navigation/routes'
import { useNavigation } from '../../navigation/useNavigation'
import { Icon } from '../Icon'
import { Screen } from '../Screen'

/**
 * What a screen shows when its item has gone (e.g. expired in a content update while a visitor
 * was reading): a plain sentence and a way home, never a blank or a crash.
 */
export function NotFound({ name }: { name: RouteName }) {
  const { t } = useT()
  const { home } = useNavigation()
  return (
    <Screen name={name} title={t('app.notFound')} icon="info" missing>
      <button type="button" className="primary-button" onClick={home}>
        <Icon name="home" />
        <span>{t('app.goHome')}</span>
      </button>
    </Screen>
  )
}
