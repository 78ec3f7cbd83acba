import { createContext, useContext } from 'react'
import type { StatsApi } from '../../common/stats/statsApi'
import type { StatsEvent } from '../../common/stats/schema'
import type { StatsRecorder } from './recorder'

export type StatsContextValue = { recorder: StatsRecorder; api: StatsApi | undefined }

export const StatsContext = createContext<StatsContextValue | undefined>(undefined)

const ignore = () => undefined

/**
 * The function that counts an anonymous event (batched, fire-and-forget). Outside a
 * StatsProvider (component tests, previews) it does nothing, so a screen never depends on it.
 */
export function useStatsRecorder(): (event: StatsEvent) => void {
  return useContext(StatsContext)?.recorder.record ?? ignore
}

/** The host's stats API for the admin screen, or undefined when the host keeps none. */
export function useStatsApi(): StatsApi | undefined {
  return useContext(StatsContext)?.api
}
