import { useContext } from 'react'
import { KioskContext, type KioskState } from './kioskContext'

/** The kiosk state; throws when used outside KioskProvider, which only renders once loaded. */
export function useKiosk(): KioskState {
  const state = useContext(KioskContext)
  if (state === undefined) throw new Error('useKiosk() needs a <KioskProvider> above it')
  return state
}
