import { useCallback, useMemo, useState } from 'react'
import { useT } from '../../../i18n/useT'
import { lastDays } from '../../../../common/stats/calendar'
import {
  byHourOfDay,
  countsUnder,
  languagesOf,
  needsOf,
  totalCounts,
} from '../../../../common/stats/counters'
import type { StatsApi, StatsOverview } from '../../../../common/stats/statsApi'
import { useStatsApi } from '../../../stats'
import { useKiosk } from '../../../state/useKiosk'
import { useLocalize } from '../../../state/useLocalize'
import { QueryFailed } from '../../AdminAction'
import { useAdminQuery } from '../../useAdminQuery'
import { BarChart } from '../BarChart'
import { HourChart } from '../HourChart'
import { ExportButton } from './ExportButton'
import '../stats.css'

type Props = { session: string; onSessionLost(): void }
const PERIODS = [7, 30] as const

const sum = (pairs: [string, number][]) => pairs.reduce((n, [, v]) => n + v, 0)
/** Room for a bar label, in half-width characters (a Chinese or Korean character counts two). */
const LABEL_UNITS = 28
const units = (ch: string) =>
  /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1

/** Long names are cut so a bar's label never runs off the chart. */
function short(text: string): string {
  let used = 0
  let out = ''
  for (const ch of text) {
    used += units(ch)
    if (used > LABEL_UNITS - 1) return `${out}…`
    out += ch
  }
  return out
}

function Loaded({
  overview,
  stats,
  session,
  onSessionLost,
}: Props & {
  overview: StatsOverview
  stats: StatsApi
}) {
  const { t } = useT('stats')
  const { content } = useKiosk()
  const localize = useLocalize()
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>(7)
  const days = useMemo(() => {
    const wanted = new Set(lastDays(overview.today, period))
    return overview.days.filter((d) => wanted.has(d.day))
  }, [overview, period])
  const counts = totalCounts(days)
  const hours = byHourOfDay(days, 'session')
  const busiest = hours.indexOf(Math.max(...hours))
  const categoryName = (id: string) => {
    const category = content.categories.find((c) => c.id === id)
    return category ? localize(category.name).text : id
  }
  const numbers = [
    ['sessions', counts.session ?? 0],
    ['idleResets', counts['idle-reset'] ?? 0],
    ['screenerStarted', counts['screener:started'] ?? 0],
    ['screenerFinished', counts['screener:finished'] ?? 0],
    ['qrShown', sum(countsUnder(counts, 'qr-shown:'))],
    ['hotlineViews', sum(countsUnder(counts, 'view:hotline:')) + (counts['view:hotlines'] ?? 0)],
    ['updateAttempts', sum(countsUnder(counts, 'update-attempt:'))],
    ['slipsPrinted', counts['slip:printed'] ?? 0],
    ['printFailures', counts['slip:failed'] ?? 0],
  ] as const

  return (
    <div className="admin-panel" data-admin-panel="stats">
      <p className="body-text">
        {t('anonymous', { kiosk: overview.kioskId, today: overview.today })}
      </p>
      <div className="admin-tabs" role="group" aria-label={t('period.label')}>
        {PERIODS.map((p) => (
          <button
            key={p}
            type="button"
            className="bar-button"
            aria-pressed={period === p}
            onClick={() => setPeriod(p)}
          >
            {t('period.days', { count: p })}
          </button>
        ))}
      </div>
      <dl className="stats-numbers">
        {numbers.map(([key, value]) => (
          <div key={key} className="stats-number" data-number={key}>
            <dt>{t(`numbers.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="admin-subheading">{t('needs.title', { count: period })}</h3>
      <div className="stats-chart-scroll" data-chart="needs">
        <BarChart
          title={t('needs.title', { count: period })}
          empty={t('needs.empty')}
          bars={needsOf(counts).map(([id, value]) => ({
            key: id,
            label: short(categoryName(id)),
            value,
          }))}
        />
      </div>
      <h3 className="admin-subheading">{t('hours.title')}</h3>
      <div className="stats-chart-scroll" data-chart="hours">
        <HourChart title={t('hours.title')} values={hours} />
      </div>
      <p className="body-text">
        {(counts.session ?? 0) > 0
          ? t('hours.busiest', { hour: busiest, count: hours[busiest] })
          : t('hours.none')}
      </p>
      <h3 className="admin-subheading">{t('languages.title')}</h3>
      <div className="stats-chart-scroll" data-chart="languages">
        <BarChart
          title={t('languages.title')}
          empty={t('languages.empty')}
          bars={languagesOf(counts).map(([code, value]) => ({
            key: code,
            label: t(`lang.${code}`, { defaultValue: code }),
            lang: code,
            value,
          }))}
        />
      </div>
      <ExportButton stats={stats} session={session} onSessionLost={onSessionLost} />
    </div>
  )
}

function Query({ stats, session, onSessionLost }: Props & { stats: StatsApi }) {
  const { t } = useT('stats')
  const load = useCallback(() => stats.overview(session), [stats, session])
  const { query, reload } = useAdminQuery<StatsOverview>(load, onSessionLost)
  if (query.kind === 'loading') return <p className="body-text">{t('loading')}</p>
  if (query.kind === 'failed') return <QueryFailed reason={query.reason} onRetry={reload} />
  return (
    <Loaded overview={query.value} stats={stats} session={session} onSessionLost={onSessionLost} />
  )
}

/**
 * The administrator's statistics: needs over the last 7 or 30 days, sessions by hour of day and
 * languages, as SVG charts in the admin's language, plus export to a USB stick. Everything shown
 * is an anonymous count; a refused read (session expired) goes back to the PIN pad.
 */
export function StatsPanel({ session, onSessionLost }: Props) {
  const { t } = useT('stats')
  const stats = useStatsApi()
  if (!stats) return <p className="body-text">{t('unavailable')}</p>
  return <Query stats={stats} session={session} onSessionLost={onSessionLost} />
}
