import type { KioskApi } from '../../../common/api/kioskApi'
import { lazyPart } from '../../navigation/lazyPart'
import { useKiosk } from '../../state/useKiosk'
import { UpdateIndicator } from '../UpdateIndicator'
import { useUpdateStatus } from '../useUpdateStatus'
import '../staff.css'

/** The staff dialog's code is not part of the visitors' start-up bundle. */
const UpdateDialog = lazyPart(() => import('./UpdateDialog').then((m) => m.UpdateDialog), 'staff')

/**
 * Mounts the staff side of USB and folder updates over the visitor screens. Only a valid package
 * (and its install) opens the staff dialog; a stick being checked or refused shows a small
 * corner note, so a visitor in the middle of a journey is never interrupted by a bad stick.
 * Renders nothing on a host without updates.
 */
export function StaffUpdates({ api }: { api: Pick<KioskApi, 'updates' | 'events'> }) {
  const { lang } = useKiosk()
  const [status, setStatus] = useUpdateStatus(api)
  const updates = api.updates
  if (!updates) return null
  switch (status.state) {
    case 'idle':
      return null
    case 'checking':
    case 'refused':
      return <UpdateIndicator status={status} />
    default:
      return <UpdateDialog status={status} updates={updates} lang={lang} onStatus={setStatus} />
  }
}
