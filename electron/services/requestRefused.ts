import { KioskApiError } from '../../common/api/errors'

/**
 * A call whose arguments parsed but that the service cannot carry out as asked (e.g. a slip
 * drawn for another paper width). The browser host answers 422 with the message; over IPC the
 * renderer gets the rejection. Nothing about the kiosk's state changed.
 */
export class RequestRefused extends KioskApiError {
  constructor(message: string) {
    super('refused', message)
    this.name = 'RequestRefused'
  }
}
