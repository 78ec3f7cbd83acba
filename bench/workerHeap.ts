import type { CDPSession } from 'playwright'

/** CDP's messages to a target attached without `flatten`, as its events deliver them. */
type TargetMessage = { id?: number; result?: { usedSize?: number } }

/**
 * Watches the page's dedicated workers whose script URL matches `urlPattern` (the street map's
 * MapLibre worker by default) and returns a function that collects their garbage and answers
 * each one's used JS heap in MB. Page metrics do not count a worker's heap, and a worker that
 * lives for the whole page (MapLibre's, after `prewarm`) is where tiles of closed maps would
 * pile up. Uses CDP auto-attach on the caller's own session (not Playwright's), unflattened,
 * so messages go through `Target.sendMessageToTarget`.
 */
export async function watchWorkerHeaps(
  cdp: CDPSession,
  urlPattern = /maplibre-gl-worker/,
): Promise<() => Promise<number[]>> {
  const workers = new Set<string>()
  const waiting = new Map<number, (message: TargetMessage) => void>()
  let nextId = 1
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker' && urlPattern.test(event.targetInfo.url))
      workers.add(event.sessionId)
  })
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId) workers.delete(event.sessionId)
  })
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as TargetMessage
    if (message.id === undefined) return
    waiting.get(message.id)?.(message)
    waiting.delete(message.id)
  })
  const call = (sessionId: string, method: string) =>
    new Promise<TargetMessage>((resolve, reject) => {
      const id = nextId++
      waiting.set(id, resolve)
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch((error: unknown) => {
          waiting.delete(id)
          reject(error instanceof Error ? error : new Error(String(error)))
        })
    })
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  })
  return () =>
    Promise.all(
      [...workers].map(async (sessionId) => {
        await call(sessionId, 'HeapProfiler.collectGarbage')
        const usage = await call(sessionId, 'Runtime.getHeapUsage')
        return (usage.result?.usedSize ?? Number.NaN) / 2 ** 20
      }),
    )
}
