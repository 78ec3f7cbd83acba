import { MAX_BATCH_EVENTS, type StatsEvent } from '../../common/stats/schema'

export interface StatsRecorder {
  /** Queues an event; returns at once (never waits on the host). */
  record(event: StatsEvent): void
  /** Sends what is queued now (fire-and-forget). */
  flush(): void
  /** Stops the timer after sending what is queued. */
  dispose(): void
}

export interface RecorderOptions {
  /** How long events wait to be sent together. */
  delayMs?: number
  /** Sends as soon as this many are queued. */
  maxBatch?: number
  /** Told how many events the host accepted, after each successful send. */
  onSent?: (count: number) => void
  onError?: (err: unknown) => void
}

/**
 * Batches anonymous events and hands each batch to `send` without waiting for it, so a tap never
 * waits on counting. A failed send is reported and dropped (counts are not worth a retry loop on
 * a kiosk whose host is unwell). Without `send` (a host without stats) everything is a no-op.
 */
export function createStatsRecorder(
  send: ((events: StatsEvent[]) => Promise<void>) | undefined,
  options: RecorderOptions = {},
): StatsRecorder {
  const delayMs = options.delayMs ?? 2000
  const maxBatch = Math.min(options.maxBatch ?? 50, MAX_BATCH_EVENTS)
  let queue: StatsEvent[] = []
  let timer: ReturnType<typeof setTimeout> | undefined

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (!send) {
      queue = []
      return
    }
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch)
      let sending: Promise<void>
      try {
        sending = send(batch)
      } catch (err) {
        sending = Promise.reject(err)
      }
      sending.then(
        () => options.onSent?.(batch.length),
        (err: unknown) => options.onError?.(err),
      )
    }
  }

  return {
    record(event) {
      if (!send) return
      queue.push(event)
      if (queue.length >= maxBatch) flush()
      else timer ??= setTimeout(flush, delayMs)
    },
    flush,
    dispose: flush,
  }
}
