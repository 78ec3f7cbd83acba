import { useT } from '../../i18n/useT'
import { LocalText } from '../../components/LocalText'
import { PhoneNumber } from '../../components/PhoneNumber'
import { Screen } from '../../components/Screen'
import { Tile } from '../../components/Tile'
import { useNavigation } from '../../navigation/useNavigation'
import { useKiosk } from '../../state/useKiosk'
import { HOME_NOTICE_COUNT, HomeNotices } from './HomeNotices'
import { splitCategories } from './sortCategories'

/**
 * The first screen: crisis needs as the largest tiles (the medical one shows its number at once),
 * then the other needs, "Do I qualify?" and all hotlines, and the notices in force today.
 */
export function HomeScreen() {
  const { t } = useT()
  const { content } = useKiosk()
  const { navigate } = useNavigation()
  const { crisis, other } = splitCategories(content.categories)
  const phoneOf = (id: string | undefined) => content.phones.find((p) => p.id === id)
  // Content may carry "hotlines" as a need of its own (phone icon); a second tile would repeat it.
  const hasHotlineNeed = content.categories.some((c) => c.icon === 'phone')

  return (
    <Screen name="home" title={t('home.title')}>
      <HomeNotices />
      <div className="home-grid">
        {crisis.length > 0 && (
          <section className="home-section home-urgent" aria-labelledby="home-urgent">
            <h2 id="home-urgent" className="section-title">
              {t('home.urgent')}
            </h2>
            <div className="tile-grid tile-grid-crisis">
              {crisis.map((c) => {
                const phone = phoneOf(c.phoneId)
                return (
                  <Tile
                    key={c.id}
                    variant="crisis"
                    icon={c.icon}
                    label={<LocalText value={c.name} />}
                    hint={<LocalText value={c.description} />}
                    extra={
                      phone && (
                        <span className="tile-call">
                          <span className="tile-call-label">{t('home.call')}</span>
                          <PhoneNumber number={phone.number} className="tile-call-number" />
                        </span>
                      )
                    }
                    onActivate={() => navigate({ name: 'category', categoryId: c.id })}
                  />
                )
              })}
            </div>
          </section>
        )}
        <section className="home-section home-other" aria-labelledby="home-other">
          <h2 id="home-other" className="section-title">
            {t('home.otherNeeds')}
          </h2>
          <div className="tile-grid">
            {other.map((c) => (
              <Tile
                key={c.id}
                icon={c.icon}
                label={<LocalText value={c.name} />}
                onActivate={() => navigate({ name: 'category', categoryId: c.id })}
              />
            ))}
            {content.screener.questions.length > 0 && (
              <Tile
                variant="action"
                icon="question"
                label={t('home.screener')}
                hint={t('home.screenerHint')}
                onActivate={() => navigate({ name: 'screener' })}
              />
            )}
            {content.notices.length > HOME_NOTICE_COUNT && (
              <Tile
                variant="action"
                icon="bell"
                label={t('home.allNotices')}
                onActivate={() => navigate({ name: 'notices' })}
              />
            )}
            {!hasHotlineNeed && (
              <Tile
                variant="action"
                icon="phone"
                label={t('home.allHotlines')}
                hint={t('home.allHotlinesHint')}
                onActivate={() => navigate({ name: 'hotlines' })}
              />
            )}
          </div>
        </section>
      </div>
    </Screen>
  )
}
