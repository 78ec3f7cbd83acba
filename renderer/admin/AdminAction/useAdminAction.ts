import { useState } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminActionResult } from '../../../common/admin/schemas'
import { useAdminFailure } from './useAdminFailure'

/** What the last action came to: said as a status when it worked, as an alert when not. */
export type Outcome = { ok: boolean; text: string } | undefined

/**
 * Runs one admin action at a time and keeps its outcome: the host's result (done, with its detail,
 * or not done with its reason), or a failed call (a lost session goes back to the PIN pad; any
 * other failure is said here). `after` runs once the action has answered (e.g. reload a list).
 */
export function useAdminAction(onSessionLost: () => void) {
  const { t } = useT('admin')
  const failure = useAdminFailure(onSessionLost)
  const [outcome, setOutcome] = useState<Outcome>()
  const [busy, setBusy] = useState(false)

  const run = (action: () => Promise<AdminActionResult>, success: string, after?: () => void) => {
    setBusy(true)
    setOutcome(undefined)
    action().then(
      (result) => {
        setBusy(false)
        setOutcome(
          result.ok
            ? { ok: true, text: result.detail ? `${success} ${result.detail}` : success }
            : { ok: false, text: t('maintenance.failed', { reason: result.reason }) },
        )
        after?.()
      },
      failure((reason) => {
        setBusy(false)
        setOutcome({ ok: false, text: t('maintenance.failed', { reason }) })
      }),
    )
  }
  return { outcome, busy, run, setBusy }
}
