/** A refusal a host turns into an HTTP status and a plain message saying what was wrong. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}
