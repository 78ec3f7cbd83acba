import { KioskApiError, codeOfHttpStatus } from '../../common/api/errors'

/**
 * A refusal the browser host makes itself, with its own HTTP status (413, 415, 421 …); the
 * contract code follows from the status, so the renderer decides by code as over IPC.
 */
export class HttpError extends KioskApiError {
  constructor(
    readonly status: number,
    message: string,
    /** Headers the refusal needs (a 416 names the file's size in `Content-Range`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(codeOfHttpStatus(status), message)
    this.name = 'HttpError'
  }
}
