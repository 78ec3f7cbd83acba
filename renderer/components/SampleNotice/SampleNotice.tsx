import { useT } from '../../i18n/useT'
import { useKiosk } from '../../state/useKiosk'
import { Icon } from '../Icon'
import './SampleNotice.css'

/**
 * While the content is a sample (`dataset.sample`), one quiet line on every visitor screen says
 * so in the visitor's language: a person in hardship must not take demonstration content for
 * what an office has promised.
 */
export function SampleNotice() {
  const { t } = useT()
  const { content } = useKiosk()
  if (!content.dataset.sample) return null
  return (
    <p className="sample-notice" role="note" data-testid="sample-notice">
      <Icon name="info" className="sample-notice-icon" />
      <span>{t('sample.notice')}</span>
    </p>
  )
}
