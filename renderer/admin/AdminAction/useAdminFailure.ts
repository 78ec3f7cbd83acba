import { useCallback } from 'react'
import { useT } from '../../i18n/useT'
import { KioskApiError, hasApiErrorCode } from '../../../common/api/errors'

/**
 * What an admin screen does with a failed call, decided by the contract's error code (never by
 * message text): only `no-session` ends the session (back to the PIN pad); any other failure — a
 * host that did not answer, a refusal — is said where the action was, in the administrator's
 * language, and the administrator stays signed in.
 */
export function useAdminFailure(onSessionLost: () => void) {
  const { t } = useT('admin')
  return useCallback(
    (show: (reason: string) => void) => (err: unknown) => {
      if (hasApiErrorCode(err, 'no-session')) onSessionLost()
      else show(t(`errors.${err instanceof KioskApiError ? err.code : 'internal'}`))
    },
    [t, onSessionLost],
  )
}
