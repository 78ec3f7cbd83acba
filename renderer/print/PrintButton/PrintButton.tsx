import { useCallback, useEffect, useState } from 'react'
import { useT } from '../../i18n/useT'
import type { PrintFault, PrinterStatus, SlipKind } from '../../../common/print/printApi'
import { usePrintContext } from '../printContext'
import type { SlipContent, SlipContext } from '../slipContent'
import { useAudioMode } from '../../speech/audioMode/audioModeContext'
import { slipSpeech } from '../../speech/audioMode/slipSpeech'
import { useKiosk } from '../../state/useKiosk'
import './PrintButton.css'

/** How often a shown button asks the host again, so a printer that comes back shows by itself. */
const RECHECK_MS = 30_000

type Outcome = { kind: 'printed' } | { kind: 'fault'; fault: PrintFault } | undefined

/** The one plain sentence for each reason a slip did not print; the QR is always the way out. */
function sentenceKey(fault: PrintFault): string {
  switch (fault) {
    case 'paper-out':
      return 'fault.paper'
    case 'limit-session':
      return 'limit.session'
    case 'limit-hour':
      return 'limit.hour'
    case 'busy':
      return 'fault.busy'
    default:
      return 'fault.printer'
  }
}

type Props = {
  kind: SlipKind
  /** What the slip says, built in the visitor's language when the button is pressed. */
  slip: (ctx: SlipContext) => SlipContent
}

/**
 * "Print" next to the QR code: shown only when a printer is configured and ready (or to say why
 * this visitor cannot print more). Printing never blocks the screen: the button shows that it is
 * busy, and a fault becomes one sentence under it while the QR code stays the fallback.
 */
export function PrintButton({ kind, slip }: Props) {
  const { t } = useT('print')
  const { t: tPlaces } = useT('places')
  const { t: tSpeech } = useT('speech')
  const audio = useAudioMode()
  const { api, visit } = usePrintContext()
  const kiosk = useKiosk()
  const [status, setStatus] = useState<PrinterStatus>()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()

  const refresh = useCallback(() => {
    if (!api) return
    api.status(visit).then(setStatus, (err: unknown) => {
      console.warn('kiosk: printer status unavailable', err)
      setStatus(undefined)
    })
  }, [api, visit])

  useEffect(() => {
    refresh()
    const timer = setInterval(refresh, RECHECK_MS)
    return () => clearInterval(timer)
  }, [refresh])

  const onPrint = async () => {
    if (!api || !status || busy) return
    setBusy(true)
    setOutcome(undefined)
    try {
      const content = slip({
        content: kiosk.content,
        lang: kiosk.lang,
        site: kiosk.site,
        now: kiosk.now(),
        holidayDay: kiosk.calendar.holidayDay,
        places: (k, v) => tPlaces(k, v),
        print: (k, v) => t(k, v),
      })
      // The slip drawing (and its QR encoder) is fetched on the first print, not at start-up.
      const { drawSlip } = await import('../drawSlip')
      const bitmap = await drawSlip(content, status.dots, kiosk.lang, t('slip.qrCaption'))
      const result = await api.printSlip({ visit, kind, slip: bitmap })
      setStatus(result.status)
      setOutcome(result.ok ? { kind: 'printed' } : { kind: 'fault', fault: result.fault })
      if (result.ok) {
        audio.say(slipSpeech(content, tSpeech('audio.slip'), t('slip.qrCaption')))
      }
    } catch (err) {
      console.warn('kiosk: the slip was not printed', err)
      setOutcome({ kind: 'fault', fault: 'failed' })
    } finally {
      setBusy(false)
    }
  }

  if (!api || !status || status.kind === 'none') return null
  const limited = status.fault === 'limit-session' || status.fault === 'limit-hour'
  const showButton = status.ready || limited || busy
  const message =
    outcome?.kind === 'printed'
      ? t('printed')
      : outcome?.kind === 'fault'
        ? t(sentenceKey(outcome.fault))
        : limited && status.fault
          ? t(sentenceKey(status.fault))
          : undefined
  if (!showButton && !message) return null

  return (
    <div className="print-button" data-print-state={busy ? 'busy' : (outcome?.kind ?? 'idle')}>
      {showButton && (
        <button
          type="button"
          className="secondary-button print-button__button"
          onClick={() => void onPrint()}
          disabled={busy || !status.ready}
          aria-busy={busy}
        >
          <svg
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
            className="print-button__icon"
          >
            <path
              d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinejoin="round"
            />
          </svg>
          <span>{busy ? t('printing') : t('print')}</span>
        </button>
      )}
      <p className="print-button__message" role="status">
        {message}
      </p>
    </div>
  )
}
