import { useT } from '../../i18n/useT'
import { useNavigation } from '../../navigation/useNavigation'
import { useKiosk } from '../../state/useKiosk'
import { Icon } from '../Icon'
import { ReadAloudButton } from '../ReadAloudButton'
import { LANGUAGE_NAMES } from './languageNames'

/**
 * Back and Home (always first, always in the same place; Back is disabled rather than hidden on
 * the first screen), the language switch and the display toggles. Shown on every visitor screen.
 */
export function TopBar() {
  const { t } = useT()
  const { canGoBack, back, home, route } = useNavigation()
  const kiosk = useKiosk()
  return (
    <header className="top-bar" data-keypad-row="top">
      <nav className="top-bar-nav" aria-label={t('nav.toolbar')}>
        <button type="button" className="bar-button" onClick={back} disabled={!canGoBack}>
          <Icon name="back" />
          <span>{t('nav.back')}</span>
        </button>
        <button
          type="button"
          className="bar-button"
          onClick={home}
          aria-current={route.name === 'home' ? 'page' : undefined}
        >
          <Icon name="home" />
          <span>{t('nav.home')}</span>
        </button>
      </nav>
      <div className="top-bar-languages" role="group" aria-label={t('nav.language')}>
        {kiosk.settings.languages.map((l) => (
          <button
            key={l}
            type="button"
            lang={l}
            className="bar-button language-button"
            aria-pressed={kiosk.lang === l}
            onClick={() => kiosk.setLang(l)}
          >
            {LANGUAGE_NAMES[l]}
          </button>
        ))}
      </div>
      <div className="top-bar-display" role="group" aria-label={t('nav.display')}>
        <button
          type="button"
          className="bar-button"
          aria-pressed={kiosk.largeText}
          onClick={kiosk.toggleLargeText}
        >
          <Icon name="text" />
          <span>{t('access.largeText')}</span>
        </button>
        <button
          type="button"
          className="bar-button"
          aria-pressed={kiosk.highContrast}
          onClick={kiosk.toggleHighContrast}
        >
          <Icon name="contrast" />
          <span>{t('access.highContrast')}</span>
        </button>
        <ReadAloudButton />
      </div>
    </header>
  )
}
