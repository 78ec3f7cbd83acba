import { useT } from '../../i18n/useT'
import { Icon } from '../../components/Icon'
import { LocalText } from '../../components/LocalText'
import { Screen } from '../../components/Screen'
import { useNavigation } from '../../navigation/useNavigation'
import { useKiosk } from '../../state/useKiosk'
import { sortNotices } from './sortNotices'
import './NoticesScreen.css'

/** Every notice in force today, most severe first, each with its severity in words. */
export function NoticesScreen() {
  const { t } = useT('places')
  const { content } = useKiosk()
  const { navigate } = useNavigation()
  const notices = sortNotices(content.notices)
  return (
    <Screen name="notices" title={t('notices.title')} icon="bell">
      {notices.length === 0 ? (
        <p className="empty-message">{t('notices.empty')}</p>
      ) : (
        <ul className="card-list">
          {notices.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className={`notice-chip notice-${n.severity} notice-card`}
                onClick={() => navigate({ name: 'notice', noticeId: n.id })}
              >
                <Icon name="bell" />
                <span className="notice-card__body">
                  <span className={`severity-label severity-label--${n.severity}`}>
                    {t(`notices.severity.${n.severity}`)}
                  </span>
                  <LocalText value={n.title} className="notice-chip-title" />
                </span>
                <Icon name="chevron" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </Screen>
  )
}
