import { useCallback, useState, type ReactNode } from 'react'
import type { AdminApi } from '../../../common/admin/adminApi'
import { lazyPart } from '../../navigation/lazyPart'
import { useAdminEntry } from '../gesture/useAdminEntry'
import '../admin.css'

/** Admin mode's code (panels, statistics) is not part of the visitors' start-up bundle. */
const AdminMode = lazyPart(() => import('../AdminMode').then((m) => m.AdminMode), 'staff')

/**
 * Mounts admin mode behind the hidden gesture. Visitors see only `children`; the corner that
 * starts the gesture is invisible, not focusable, hidden from assistive technology and does
 * nothing on a tap, and the confirm corner exists only for 3 s after a 3-s hold. While admin mode
 * is open it replaces the visitor screens; closing it ends the admin session and starts a fresh
 * visitor session.
 */
export function AdminGate({
  admin,
  children,
}: {
  admin: AdminApi | undefined
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const entry = useAdminEntry(admin !== undefined && !open, () => setOpen(true))
  const close = useCallback(() => setOpen(false), [])

  if (admin !== undefined && open) return <AdminMode admin={admin} onClose={close} />
  return (
    <>
      {children}
      {admin !== undefined && (
        <div
          className="admin-corner admin-corner-hold"
          data-admin-corner="hold"
          aria-hidden="true"
          onContextMenu={(e) => e.preventDefault()}
          {...entry.holdCorner}
        />
      )}
      {entry.armed && (
        <div
          className="admin-corner admin-corner-confirm"
          data-admin-corner="confirm"
          aria-hidden="true"
          {...entry.confirmCorner}
        />
      )}
    </>
  )
}
