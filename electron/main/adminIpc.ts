import type { IpcMain } from 'electron'
import type { z } from 'zod'
import { adminChannels } from '../../common/admin/adminApi'
import type { AdminService } from '../services/admin/adminService'
import type { KioskServices } from '../services/kioskServices'
import { describeIssues } from '../web/guards'
import { IpcRefusal, checkSender, type IpcOptions } from './ipc'

/**
 * Registers the admin channels like the other KioskApi channels: sender frame checked, arguments
 * parsed with the channel's schema, then the admin service (which checks the session itself).
 * Refusals log the reason only, never the arguments (a PIN). Returns a function that removes them.
 */
export function registerAdminIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: KioskServices,
  options: IpcOptions,
): () => void {
  const channels: string[] = []

  function handle<S extends z.ZodType>(
    spec: { channel: string; args: S },
    run: (admin: AdminService, args: z.output<S>) => Promise<unknown>,
  ): void {
    ipcMain.handle(spec.channel, async (event, ...args: unknown[]) => {
      try {
        checkSender(event, options.kioskContents())
        const parsed = spec.args.safeParse(args)
        if (!parsed.success) {
          throw new IpcRefusal(`invalid arguments: ${describeIssues(parsed.error.issues)}`)
        }
        if (!services.admin) throw new IpcRefusal('this host offers no administration')
        return await run(services.admin, parsed.data)
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err)
        options.log(`IPC ${spec.channel} refused: ${reason}`)
        throw new Error(`${spec.channel}: ${reason}`, { cause: err })
      }
    })
    channels.push(spec.channel)
  }

  const c = adminChannels
  handle(c.status, (a) => a.status())
  handle(c.setFirstPin, (a, [pin]) => a.setFirstPin(pin))
  handle(c.login, (a, [pin]) => a.login(pin))
  handle(c.provision, (a) => a.provision())
  handle(c.logout, async (a, [session]) => {
    await a.logout(session)
    return null
  })
  handle(c.updateSettings, (a, [session, patch]) => a.updateSettings(session, patch))
  handle(c.diagnostics, (a, [session]) => a.diagnostics(session))
  handle(c.auditLog, (a, [session]) => a.auditLog(session))
  handle(c.changePin, (a, [session, pin]) => a.changePin(session, pin))
  handle(c.findConfigs, (a, [session]) => a.findConfigs(session))
  handle(c.applyConfig, (a, [session, folder]) => a.applyConfig(session, folder))
  handle(c.rollbackContent, (a, [session]) => a.rollbackContent(session))
  handle(c.exportDiagnostics, (a, [session]) => a.exportDiagnostics(session))

  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
}
