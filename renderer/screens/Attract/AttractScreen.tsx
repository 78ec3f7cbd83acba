import { translator } from '../../i18n/useT'
import { LocalText } from '../../components/LocalText'
import { PhoneNumber } from '../../components/PhoneNumber'
import { topHotlines } from '../../../common/present/topHotlines'
import { useNavigation } from '../../navigation/useNavigation'
import { useKiosk } from '../../state/useKiosk'
import './AttractScreen.css'

/**
 * Shown after an idle reset: a calm invitation in every offered language and the most important
 * hotlines. The whole screen is one button, so any touch (or Enter) starts at home. Only a
 * decorative ripple moves; the words stay still and fully visible so anyone can read them.
 * Sample content says so here too, in every offered language.
 */
export function AttractScreen() {
  const { settings, content } = useKiosk()
  const { home } = useNavigation()
  const hotlines = topHotlines(content.phones, 2)
  return (
    <div className="screen screen-attract" data-screen="attract">
      <h1 className="visually-hidden">
        {translator(settings.defaultLanguage, 'common')('app.title')}
      </h1>
      <button type="button" className="attract-button" onClick={home} autoFocus>
        <span className="attract-ripple" aria-hidden="true" />
        <span className="attract-lines">
          {settings.languages.map((l) => (
            <span key={l} lang={l} className="attract-line">
              {translator(l, 'common')('attract.touch')}
            </span>
          ))}
        </span>
        {content.dataset.sample && (
          <span className="attract-sample" data-testid="sample-notice">
            {settings.languages.map((l) => (
              <span key={l} lang={l}>
                {translator(l, 'common')('sample.attract')}
              </span>
            ))}
          </span>
        )}
        <span className="attract-hotlines">
          {hotlines.map((p) => (
            <span key={p.id} className="attract-hotline">
              <PhoneNumber number={p.number} className="attract-hotline-number" />
              <LocalText value={p.name} className="attract-hotline-name" />
            </span>
          ))}
        </span>
      </button>
    </div>
  )
}
