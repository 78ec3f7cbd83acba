import type { IpcRenderer } from 'electron'
import { z } from 'zod'

export type Invoker = Pick<IpcRenderer, 'invoke'>

/**
 * Calls one fixed channel and checks the reply against the contract before the page sees it, so
 * a main process that drifted from the contract fails loudly here instead of inside the UI.
 * Every function of the bridge calls its channel through this one function.
 */
export async function invokeChecked<S extends z.ZodType>(
  ipc: Invoker,
  spec: { channel: string; result: S },
  ...args: unknown[]
): Promise<z.infer<S>> {
  const reply: unknown = await ipc.invoke(spec.channel, ...args)
  const parsed = spec.result.safeParse(reply)
  if (!parsed.success) {
    throw new Error(
      `${spec.channel} returned an unexpected reply: ${z.prettifyError(parsed.error)}`,
    )
  }
  return parsed.data
}
