import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import type { KioskApi } from '../../common/api/kioskApi'
import { useKiosk } from '../state/useKiosk'
import { createStatsRecorder } from './recorder'
import { StatsContext, type StatsContextValue } from './statsContext'

/** Adds to the count of events the host accepted, kept on <body> for end-to-end tests. */
function markSent(count: number): void {
  const body = document.body
  body.dataset.statsSent = String(Number(body.dataset.statsSent ?? '0') + count)
}

/**
 * Gives the renderer one batched stats recorder over `api.stats` and counts idle resets (every
 * new visitor session after the first). Marks `document.body.dataset.statsSent` with the number
 * of events the host has accepted, the signal end-to-end tests wait on.
 */
export function StatsProvider({ api, children }: { api: KioskApi; children: ReactNode }) {
  const stats = api.stats
  const value = useMemo<StatsContextValue>(() => {
    const recorder = createStatsRecorder(stats ? (events) => stats.record(events) : undefined, {
      onSent: markSent,
      onError: (err) => console.warn('kiosk: usage counts not sent', err),
    })
    return { recorder, api: stats }
  }, [stats])

  useEffect(() => {
    const { recorder } = value
    const onHide = () => recorder.flush()
    window.addEventListener('pagehide', onHide)
    return () => {
      window.removeEventListener('pagehide', onHide)
      recorder.dispose()
    }
  }, [value])

  const { sessionId } = useKiosk()
  const seen = useRef(sessionId)
  useEffect(() => {
    if (sessionId === seen.current) return
    seen.current = sessionId
    value.recorder.record({ kind: 'idle-reset' })
  }, [sessionId, value])

  return <StatsContext.Provider value={value}>{children}</StatsContext.Provider>
}
