import { useT } from '../../i18n/useT'
import { READ_ALOUD_ATTRIBUTE, useReadAloud } from '../../speech/useReadAloud'
import { Icon } from '../Icon'

/**
 * "Read aloud" in the top bar: reads the screen in the visitor's language, and a second tap
 * (or any tap elsewhere) stops it. Absent when nothing can speak that language here, so a
 * visitor is never offered speech in another language.
 */
export function ReadAloudButton() {
  const { t } = useT('speech')
  const { available, speaking, toggle } = useReadAloud()
  if (!available) return null
  return (
    <button
      type="button"
      className="bar-button"
      aria-pressed={speaking}
      aria-keyshortcuts="R"
      onClick={toggle}
      {...{ [READ_ALOUD_ATTRIBUTE]: '' }}
    >
      <Icon name="speaker" />
      <span>{t('readAloud')}</span>
    </button>
  )
}
