import { useMemo, type ReactNode } from 'react'
import type { KioskApi } from '../../common/api/kioskApi'
import { useKiosk } from '../state/useKiosk'
import { PrintContext } from './printContext'

/** A fresh random id; only the host's per-session paper limit ever sees it. */
function newVisitId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Gives the Print buttons the host's print area and a visit id that changes at every idle reset,
 * so the per-session limit starts again for the next visitor and nothing links two visitors.
 */
export function PrintProvider({ api, children }: { api: KioskApi; children: ReactNode }) {
  const { sessionId } = useKiosk()
  // A new session, a new visit id: sessionId is part of the id's key.
  const visit = useMemo(() => `${sessionId}-${newVisitId()}`, [sessionId])
  const value = useMemo(() => ({ api: api.print, visit }), [api.print, visit])
  return <PrintContext.Provider value={value}>{children}</PrintContext.Provider>
}
