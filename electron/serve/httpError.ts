/** A refusal a host turns into an HTTP status and a plain message saying what was wrong. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Headers the refusal needs (a 416 names the file's size in `Content-Range`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}
