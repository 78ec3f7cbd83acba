import { useCallback, useEffect, useState } from 'react'
import { useAdminFailure } from './AdminAction/useAdminFailure'

export type Query<T> =
  { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; reason: string }

/**
 * Loads one protected admin read. A lost session takes the administrator back to the PIN pad
 * (`onSessionLost`); any other failure (the host did not answer …) is a `failed` query with the
 * reason, which the screen shows with a way to try again.
 */
export function useAdminQuery<T>(
  load: () => Promise<T>,
  onSessionLost: () => void,
): { query: Query<T>; reload(): void } {
  const [query, setQuery] = useState<Query<T>>({ kind: 'loading' })
  const [round, setRound] = useState(0)
  const failure = useAdminFailure(onSessionLost)
  useEffect(() => {
    let live = true
    load().then(
      (value) => {
        if (live) setQuery({ kind: 'loaded', value })
      },
      failure((reason) => {
        if (live) setQuery({ kind: 'failed', reason })
      }),
    )
    return () => {
      live = false
    }
  }, [load, failure, round])
  const reload = useCallback(() => {
    setQuery({ kind: 'loading' })
    setRound((n) => n + 1)
  }, [])
  return { query, reload }
}
