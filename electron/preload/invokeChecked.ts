import type { IpcRenderer } from 'electron'
import { z } from 'zod'
import { envelopeSchema, type Envelope } from '../../common/api/errors'

export type Invoker = Pick<IpcRenderer, 'invoke'>

/**
 * Calls one fixed channel and checks the reply envelope against the contract before the page sees
 * it, so a main process that drifted from the contract fails loudly here instead of inside the
 * UI. Never rejects: a failed invoke or a reply of the wrong shape becomes an `internal` failure
 * in the envelope, which is how every failure reaches the page (see common/api/bridge.ts).
 * Every function of the bridge calls its channel through this one function.
 */
export async function invokeChecked<S extends z.ZodType>(
  ipc: Invoker,
  spec: { channel: string; result: S },
  ...args: unknown[]
): Promise<Envelope<z.infer<S>>> {
  let reply: unknown
  try {
    reply = await ipc.invoke(spec.channel, ...args)
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    return { ok: false, error: { code: 'unavailable', message: `${spec.channel}: ${reason}` } }
  }
  const parsed = envelopeSchema(spec.result).safeParse(reply)
  if (!parsed.success) {
    const message = `${spec.channel} returned an unexpected reply: ${z.prettifyError(parsed.error)}`
    return { ok: false, error: { code: 'internal', message: message.slice(0, 2000) } }
  }
  return parsed.data as Envelope<z.infer<S>>
}
