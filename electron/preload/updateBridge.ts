import type { IpcRenderer } from 'electron'
import { z } from 'zod'
import { updatesChannels, type UpdatesApi } from '../../common/update/updatesApi'

type Invoker = Pick<IpcRenderer, 'invoke'>

async function call<S extends z.ZodType>(
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

/**
 * The updates area of window.kiosk: one named function per update channel, replies checked
 * against the contract. The main process checks the sender, the PIN and the admin session.
 */
export function createUpdateBridge(ipc: Invoker): UpdatesApi {
  const c = updatesChannels
  return {
    status: () => call(ipc, c.status),
    checkNow: () => call(ipc, c.checkNow),
    install: (pin) => call(ipc, c.install, pin),
    dismiss: () => call(ipc, c.dismiss),
    rollback: (session) => call(ipc, c.rollback, session),
  }
}
