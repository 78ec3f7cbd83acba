import type { IpcMain } from 'electron'
import type { z } from 'zod'
import { updatesChannels, type UpdatesApi } from '../../common/update/updatesApi'
import type { KioskServices } from '../services/kioskServices'
import { describeIssues } from '../web/guards'
import { IpcRefusal, checkSender, type IpcOptions } from './ipc'

/**
 * Registers the update channels like the other KioskApi channels: sender frame checked,
 * arguments parsed with the channel's schema, then the update service (which checks the staff
 * PIN on install and the admin session on rollback). Returns a function that removes them.
 */
export function registerUpdateIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: KioskServices,
  options: IpcOptions,
): () => void {
  const channels: string[] = []

  function handle<S extends z.ZodType>(
    spec: { channel: string; args: S },
    run: (updates: UpdatesApi, args: z.output<S>) => Promise<unknown>,
  ): void {
    ipcMain.handle(spec.channel, async (event, ...args: unknown[]) => {
      try {
        checkSender(event, options.kioskContents())
        const parsed = spec.args.safeParse(args)
        if (!parsed.success) {
          throw new IpcRefusal(`invalid arguments: ${describeIssues(parsed.error.issues)}`)
        }
        if (!services.updates) throw new IpcRefusal('this host installs no update packages')
        return await run(services.updates, parsed.data)
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err)
        options.log(`IPC ${spec.channel} refused: ${reason}`)
        throw new Error(`${spec.channel}: ${reason}`, { cause: err })
      }
    })
    channels.push(spec.channel)
  }

  const c = updatesChannels
  handle(c.status, (u) => u.status())
  handle(c.checkNow, (u) => u.checkNow())
  handle(c.install, (u, [pin]) => u.install(pin))
  handle(c.dismiss, (u) => u.dismiss())
  handle(c.rollback, (u, [session]) => u.rollback(session))

  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
}
