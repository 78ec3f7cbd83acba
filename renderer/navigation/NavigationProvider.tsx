import { useMemo, useState, type ReactNode } from 'react'
import { current, pop, push, type History } from './history'
import { NavigationContext, type Navigation } from './navigationContext'
import { HOME, type Route } from './routes'

/**
 * Holds the visitor's route history in memory. Mount it with `key={sessionId}` so an idle reset
 * discards the history (and every screen's local state) in one step.
 */
export function NavigationProvider({ initial, children }: { initial: Route; children: ReactNode }) {
  const [history, setHistory] = useState<History>([initial])
  const nav = useMemo<Navigation>(
    () => ({
      route: current(history),
      navigate: (r) => setHistory((h) => push(h, r)),
      back: () => setHistory(pop),
      home: () => setHistory([HOME]),
      canGoBack: history.length > 1,
      depth: history.length,
    }),
    [history],
  )
  return <NavigationContext.Provider value={nav}>{children}</NavigationContext.Provider>
}
