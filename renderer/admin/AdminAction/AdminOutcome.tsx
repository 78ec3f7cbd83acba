import type { Outcome } from './useAdminAction'

/** The last action's outcome: a status line when it worked, an alert when it did not. */
export function AdminOutcome({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null
  return (
    <p
      className={outcome.ok ? 'admin-status' : 'admin-message'}
      role={outcome.ok ? 'status' : 'alert'}
    >
      {outcome.text}
    </p>
  )
}
