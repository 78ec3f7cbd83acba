import { useCallback, useEffect, useState } from 'react'

export type Query<T> = { kind: 'loading' } | { kind: 'loaded'; value: T }

/**
 * Loads one protected admin read; a rejection means the host no longer accepts the session (or
 * did not answer), so the caller's `onSessionLost` takes the administrator back to the PIN pad.
 */
export function useAdminQuery<T>(
  load: () => Promise<T>,
  onSessionLost: () => void,
): { query: Query<T>; reload(): void } {
  const [query, setQuery] = useState<Query<T>>({ kind: 'loading' })
  const [round, setRound] = useState(0)
  useEffect(() => {
    let live = true
    load().then(
      (value) => {
        if (live) setQuery({ kind: 'loaded', value })
      },
      () => {
        if (live) onSessionLost()
      },
    )
    return () => {
      live = false
    }
  }, [load, onSessionLost, round])
  const reload = useCallback(() => {
    setQuery({ kind: 'loading' })
    setRound((n) => n + 1)
  }, [])
  return { query, reload }
}
