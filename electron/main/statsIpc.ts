import type { IpcMain } from 'electron'
import type { z } from 'zod'
import { statsChannels } from '../../common/stats/statsApi'
import type { KioskServices } from '../services/kioskServices'
import type { StatsService } from '../services/stats/statsService'
import { describeIssues } from '../web/guards'
import { IpcRefusal, checkSender, type IpcOptions } from './ipc'

/**
 * Registers the stats channels like the other KioskApi channels: sender frame checked, arguments
 * parsed with the channel's schema, then the stats service (which checks the admin session for
 * reads and exports). Returns a function that removes them.
 */
export function registerStatsIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: KioskServices,
  options: IpcOptions,
): () => void {
  const channels: string[] = []

  function handle<S extends z.ZodType>(
    spec: { channel: string; args: S },
    run: (stats: StatsService, args: z.output<S>) => Promise<unknown>,
  ): void {
    ipcMain.handle(spec.channel, async (event, ...args: unknown[]) => {
      try {
        checkSender(event, options.kioskContents())
        const parsed = spec.args.safeParse(args)
        if (!parsed.success) {
          throw new IpcRefusal(`invalid arguments: ${describeIssues(parsed.error.issues)}`)
        }
        if (!services.stats) throw new IpcRefusal('this host keeps no statistics')
        return await run(services.stats, parsed.data)
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err)
        options.log(`IPC ${spec.channel} refused: ${reason}`)
        throw new Error(`${spec.channel}: ${reason}`, { cause: err })
      }
    })
    channels.push(spec.channel)
  }

  const c = statsChannels
  handle(c.record, async (s, [batch]) => {
    s.record(batch)
    return null
  })
  handle(c.overview, (s, [session]) => s.overview(session))
  handle(c.exportToSticks, (s, [session]) => s.exportToSticks(session))

  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
}
