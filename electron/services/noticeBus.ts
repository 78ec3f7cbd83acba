import type { HostNotice } from '../../common/api/kioskApi'

export type NoticeListener = (notice: HostNotice) => void

/** A typed fan-out of host notices; a throwing listener never stops the others from hearing it. */
export interface NoticeBus {
  emit(notice: HostNotice): void
  /** Returns the unsubscribe function. */
  subscribe(listener: NoticeListener): () => void
  /** Drops every listener (on shutdown). */
  clear(): void
}

/** Creates the bus the services publish on and the hosts forward to the renderer. */
export function createNoticeBus(onListenerError?: (err: unknown) => void): NoticeBus {
  const listeners = new Set<NoticeListener>()
  return {
    emit(notice) {
      for (const listener of [...listeners]) {
        try {
          listener(notice)
        } catch (err) {
          onListenerError?.(err)
        }
      }
    },
    subscribe(listener) {
      const entry: NoticeListener = (notice) => listener(notice)
      listeners.add(entry)
      return () => {
        listeners.delete(entry)
      }
    },
    clear() {
      listeners.clear()
    },
  }
}
