import type { Notice } from '../../../common/content/schema'

const SEVERITY_RANK: Record<Notice['severity'], number> = { urgent: 0, warning: 1, info: 2 }

/** Most severe first; content order among equals, so authors control the rest. */
export function sortNotices(notices: readonly Notice[]): Notice[] {
  return notices
    .map((notice, index) => ({ notice, index }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.notice.severity] - SEVERITY_RANK[b.notice.severity] || a.index - b.index,
    )
    .map(({ notice }) => notice)
}
