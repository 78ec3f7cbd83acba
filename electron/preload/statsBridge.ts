import type { IpcRenderer } from 'electron'
import { z } from 'zod'
import { statsChannels, type StatsApi } from '../../common/stats/statsApi'

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
 * The stats area of window.kiosk: one named function per stats channel, replies checked against
 * the contract. The main process checks the sender, the events and the admin session.
 */
export function createStatsBridge(ipc: Invoker): StatsApi {
  const c = statsChannels
  return {
    record: async (events) => {
      await call(ipc, c.record, { events })
    },
    overview: (session) => call(ipc, c.overview, session),
    exportToSticks: (session) => call(ipc, c.exportToSticks, session),
  }
}
