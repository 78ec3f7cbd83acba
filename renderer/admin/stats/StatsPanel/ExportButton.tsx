import { useState } from 'react'
import { useT } from '../../../i18n/useT'
import type { StatsApi, StatsExportResult } from '../../../../common/stats/statsApi'
import { useAdminFailure } from '../../AdminAction'

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; result: StatsExportResult }
  | { kind: 'failed'; reason: string }

/** Writes the export (CSV + JSON) to every USB stick present and says what happened. */
export function ExportButton({
  stats,
  session,
  onSessionLost,
}: {
  stats: StatsApi
  session: string
  onSessionLost(): void
}) {
  const { t } = useT('stats')
  const [state, setState] = useState<State>({ kind: 'idle' })
  const failure = useAdminFailure(onSessionLost)
  const run = () => {
    setState({ kind: 'working' })
    stats.exportToSticks(session).then(
      (result) => setState({ kind: 'done', result }),
      failure((reason) => setState({ kind: 'failed', reason })),
    )
  }
  return (
    <section className="stats-export" aria-labelledby="stats-export">
      <h3 id="stats-export" className="admin-subheading">
        {t('export.title')}
      </h3>
      <p className="body-text">{t('export.hint')}</p>
      <button
        type="button"
        className="primary-button"
        disabled={state.kind === 'working'}
        onClick={run}
      >
        {state.kind === 'working' ? t('export.working') : t('export.button')}
      </button>
      {state.kind === 'failed' && (
        <p role="alert" className="admin-message">
          {state.reason}
        </p>
      )}
      {state.kind === 'done' && (
        <div role="status" className="admin-message">
          {state.result.written.length > 0 && (
            <p>{t('export.written', { count: state.result.written.length })}</p>
          )}
          {state.result.written.length === 0 && <p>{t('export.none')}</p>}
        </div>
      )}
    </section>
  )
}
