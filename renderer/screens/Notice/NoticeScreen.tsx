import { useT } from '../../i18n/useT'
import { presentNotice } from '../../../common/present/present'
import { FactSections } from '../../components/FactSections'
import { usePresentContext } from '../../state/usePresentContext'
import { LocalText } from '../../components/LocalText'
import { NotFound } from '../../components/NotFound'
import { Screen } from '../../components/Screen'
import type { ScreenProps } from '../../navigation/screenTypes'
import { byId } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'
import '../Notices/NoticesScreen.css'
import { StaleNotice } from '../../components/StaleNotice'

/**
 * One notice: severity in words and colour, the body as paragraphs, and until when it applies.
 * A notice that expired while someone was reading shows the not-found page, not stale advice.
 */
export function NoticeScreen({ route }: ScreenProps<'notice'>) {
  const { t } = useT('places')
  const { t: tCommon } = useT()
  const { content } = useKiosk()
  const presentContext = usePresentContext()
  const localize = useLocalize()
  const notice = byId(content.notices, route.noticeId)
  if (!notice) return <NotFound name="notice" />
  const body = localize(notice.body)
  const paragraphs = body.text.split(/\n\s*\n|\n/).filter((p) => p.trim() !== '')
  return (
    <Screen name="notice" title={<LocalText value={notice.title} />} icon="bell">
      <StaleNotice item={notice} categoryIds={notice.categoryIds} />
      <section className={`detail-section notice-page notice-${notice.severity}`}>
        <span className={`severity-label severity-label--${notice.severity}`}>
          {t(`notices.severity.${notice.severity}`)}
        </span>
        <div className="notice-body" lang={body.fallback ? 'zh-Hans' : undefined}>
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {body.fallback && (
            <span className="fallback-mark">{tCommon('fallback.shownInChinese')}</span>
          )}
        </div>
        {notice.validUntil && (
          <p className="body-text">{t('notices.validUntil', { date: notice.validUntil })}</p>
        )}
      </section>
      <FactSections facts={presentNotice(notice, presentContext).facts} screen="notice" />
    </Screen>
  )
}
