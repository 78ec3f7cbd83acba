import type { Notice } from '../../../common/content/schema'
import { useNavigation } from '../../navigation/useNavigation'
import { Icon } from '../Icon'
import { LocalText } from '../LocalText'

/** A notice's title as a full-width button, coloured by severity, opening the notice page. */
export function NoticeChip({ notice }: { notice: Notice }) {
  const { navigate } = useNavigation()
  return (
    <button
      type="button"
      className={`notice-chip notice-${notice.severity}`}
      onClick={() => navigate({ name: 'notice', noticeId: notice.id })}
    >
      <Icon name="bell" />
      <LocalText value={notice.title} className="notice-chip-title" />
      <Icon name="chevron" className="notice-chip-chevron" />
    </button>
  )
}
