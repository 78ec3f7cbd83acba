import type { Language } from '../../../common/content/schema'
import type { SynthReply, SynthRequest } from './espeakArgs'

/** Speech synthesised on the kiosk itself, whatever the OS has: text in, WAV bytes out. */
export type BundledVoice = {
  synthesize(text: string, lang: Language, rate: number): Promise<ArrayBuffer>
}

/** The parts of a Worker the client uses (a fake in tests). */
export type WorkerLike = {
  postMessage(message: SynthRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<SynthReply>) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
}

/**
 * A client for the espeak-ng worker. The worker (and its 18 MB engine) is created at the first
 * request, never at start-up, so the first screen's JavaScript does not grow and a kiosk that
 * never speaks never loads it. A worker that fails to start fails every waiting request with
 * its message, so the engine chain can say why it fell back.
 */
export function createBundledVoice(makeWorker: () => WorkerLike): BundledVoice {
  let worker: WorkerLike | undefined
  let nextId = 1
  const waiting = new Map<number, { resolve(wav: ArrayBuffer): void; reject(e: Error): void }>()

  const failAll = (message: string) => {
    for (const { reject } of waiting.values()) reject(new Error(message))
    waiting.clear()
    worker = undefined
  }
  const start = (): WorkerLike => {
    const created = makeWorker()
    created.addEventListener('message', (event: MessageEvent<SynthReply>) => {
      const reply = event.data
      const pending = waiting.get(reply.id)
      if (!pending) return
      waiting.delete(reply.id)
      if ('wav' in reply) pending.resolve(reply.wav)
      else pending.reject(new Error(reply.error))
    })
    created.addEventListener('error', (event: ErrorEvent) =>
      failAll(`speech engine did not start: ${event.message || 'worker error'}`),
    )
    return created
  }

  return {
    synthesize(text, lang, rate) {
      worker ??= start()
      const id = nextId++
      const promise = new Promise<ArrayBuffer>((resolve, reject) => {
        waiting.set(id, { resolve, reject })
      })
      worker.postMessage({ id, text, lang, rate })
      return promise
    },
  }
}

/** The real worker, a separate chunk that Vite builds from espeakWorker.ts. */
export function browserBundledVoice(): BundledVoice | undefined {
  if (typeof Worker === 'undefined' || typeof WebAssembly === 'undefined') return undefined
  return createBundledVoice(
    () => new Worker(new URL('./espeakWorker.ts', import.meta.url), { type: 'module' }),
  )
}
