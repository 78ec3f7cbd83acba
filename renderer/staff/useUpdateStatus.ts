import { useEffect, useState } from 'react'
import type { KioskApi } from '../../common/api/kioskApi'
import type { UpdateStatus } from '../../common/update/updateStatus'

const IDLE: UpdateStatus = { state: 'idle' }

/**
 * The host's update state: read once on mount, then kept current from `update-status` notices.
 * A host without updates, or one that cannot be reached, stays idle (visitors never see an error).
 */
export function useUpdateStatus(
  api: Pick<KioskApi, 'updates' | 'events'>,
): [UpdateStatus, (next: UpdateStatus) => void] {
  const [status, setStatus] = useState<UpdateStatus>(IDLE)
  useEffect(() => {
    const updates = api.updates
    if (!updates) return
    let live = true
    let heard = false
    const unsubscribe = api.events.subscribe((notice) => {
      if (notice.kind !== 'update-status') return
      heard = true
      setStatus(notice.status)
    })
    updates.status().then(
      (first) => {
        // A notice that arrived meanwhile is newer than this reply.
        if (live && !heard) setStatus(first)
      },
      (err: unknown) => console.warn('kiosk: could not read the update status', err),
    )
    return () => {
      live = false
      unsubscribe()
    }
  }, [api])
  return [status, setStatus]
}
