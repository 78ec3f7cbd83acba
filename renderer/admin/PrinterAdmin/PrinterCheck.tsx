import { useCallback, useEffect, useState } from 'react'
import { useT } from '../../i18n/useT'
import type { PrinterStatus } from '../../../common/print/printApi'
import { drawSlip } from '../../print/drawSlip'
import { usePrintContext } from '../../print/printContext'
import { testSlipContent } from '../../print/testSlip'
import { useKiosk } from '../../state/useKiosk'
import { useAdminFailure } from '../AdminAction'

type Props = { session: string; onSessionLost(): void }
type TestState = { kind: 'idle' | 'printing' | 'printed' } | { kind: 'failed'; reason: string }

/** The state words for staff: the fault if there is one, else ready (with paper low said). */
function stateKey(status: PrinterStatus): string {
  if (status.kind === 'none') return 'admin.states.none'
  if (status.fault && status.fault !== 'limit-session') return `admin.states.${status.fault}`
  return status.paperLow ? 'admin.states.readyPaperLow' : 'admin.states.ready'
}

/**
 * The printer's state as the host sees it now (asked again on every open, which is also what
 * brings a printer that came back to "ready"), and the "Print test slip" button. The test slip
 * is drawn by the same code as visitors' slips and goes through the same printer path.
 */
export function PrinterCheck({ session, onSessionLost }: Props) {
  const { t } = useT('print')
  const { api, visit } = usePrintContext()
  const kiosk = useKiosk()
  const [status, setStatus] = useState<PrinterStatus>()
  const [test, setTest] = useState<TestState>({ kind: 'idle' })
  const failure = useAdminFailure(onSessionLost)
  const refresh = useCallback(() => {
    api?.status(visit).then(setStatus, () => setStatus(undefined))
  }, [api, visit])
  useEffect(refresh, [refresh])
  if (!api || !status) return null

  const printTest = async () => {
    setTest({ kind: 'printing' })
    try {
      const content = testSlipContent(
        kiosk.settings.displayName,
        status.paperWidth,
        kiosk.now(),
        (k, v) => t(k, v),
      )
      const slip = await drawSlip(content, status.dots, kiosk.lang, t('slip.qrCaption'))
      const result = await api.printTest(session, slip)
      setStatus(result.status)
      setTest(
        result.ok ? { kind: 'printed' } : { kind: 'failed', reason: t(stateKey(result.status)) },
      )
    } catch (err) {
      failure((reason) => setTest({ kind: 'failed', reason }))(err)
    }
  }

  return (
    <div className="admin-field" data-printer-check={status.fault ?? 'ready'}>
      <p className="admin-label">{t('admin.state')}</p>
      <p className="body-text">
        {t(stateKey(status))}
        {status.kind !== 'none' && ` · ${status.paperWidth} mm · ${status.kind}`}
      </p>
      {status.checkedAt && (
        <p className="body-text">
          {t('admin.checkedAt', { time: status.checkedAt.slice(0, 19).replace('T', ' ') })}
        </p>
      )}
      {status.kind !== 'none' && (
        <button
          type="button"
          className="secondary-button"
          onClick={() => void printTest()}
          disabled={test.kind === 'printing'}
        >
          {t('admin.test')}
        </button>
      )}
      <p className="body-text" role="status">
        {test.kind === 'printed'
          ? t('admin.testPrinted')
          : test.kind === 'failed'
            ? t('admin.testFailed', { reason: test.reason })
            : ''}
      </p>
    </div>
  )
}
