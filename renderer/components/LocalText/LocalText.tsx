import type { ElementType } from 'react'
import { useT } from '../../i18n/useT'
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
 * to the language: a screen has a LocalText for nearly every line (issue 25).
 */
function FallbackMark() {
  const { t } = useT()
  return (
    <span className="fallback-mark" data-speak="skip">
      {t('fallback.shownInChinese')}
    </span>
  )
}
