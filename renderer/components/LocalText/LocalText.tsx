import type { ElementType } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocalizedText } from '../../../common/content/schema'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'

type Props = {
  value: LocalizedText | undefined
  as?: ElementType
  className?: string
}

/**
 * Content text in the visitor's language, tagged with the language it is really in. When Chinese
 * stands in for a missing translation, a marker in the visitor's language says so, so nobody is
 * left wondering why the text is in another script. Renders nothing for undefined text.
 */
export function LocalText({ value, as: Tag = 'span', className }: Props) {
  const localize = useLocalize()
  const { lang } = useKiosk()
  if (value === undefined) return null
  const { text, fallback } = localize(value)
  return (
    <Tag className={className}>
      <span lang={fallback ? 'zh-Hans' : lang}>{text}</span>
      {fallback && <FallbackMark />}
    </Tag>
  )
}

/**
 * The "shown in Chinese" marker. Its own component so that only the texts that need it subscribe
 * to i18next: react-i18next's hook copies the i18next instance for every component that mounts
 * it, and a screen has a LocalText for nearly every line (issue 25: the largest cost of a tap in
 * the app's own JavaScript).
 */
function FallbackMark() {
  const { t } = useTranslation()
  return (
    <span className="fallback-mark" data-speak="skip">
      {t('fallback.shownInChinese')}
    </span>
  )
}
