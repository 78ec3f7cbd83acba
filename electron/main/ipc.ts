import type { IpcMain } from 'electron'
import { kioskContract } from '../../common/api/contract'
import { noticeChannel } from '../../common/api/kioskApi'
import { channelOf, fullArgsSchema, methodsOf } from '../../common/api/method'
import { callService } from '../serve/dispatch'
import type { KioskServices } from '../services/kioskServices'
import { describeIssues } from '../services/zodProblems'
import { checkSender, IpcRefusal, type IpcOptions } from './ipcGuard'

export { checkSender, IpcRefusal, type IpcOptions } from './ipcGuard'

/**
 * Registers one `ipcMain.handle` per method of the contract table. Each call is checked (sender
 * frame, then the arguments — the admin session first where the method needs one — against the
 * entry's zod schemas, then that this host offers the area) before the service runs; a refusal
 * rejects the renderer's promise with the reason (never the arguments: a PIN) and never disturbs
 * the main process. Also forwards host notices to the kiosk window. Returns an undo function.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  services: KioskServices,
  options: IpcOptions,
): () => void {
  const channels: string[] = []
  for (const { area, name, spec } of methodsOf(kioskContract)) {
    const channel = channelOf(area, name)
    const argsSchema = fullArgsSchema(spec)
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      try {
        checkSender(event, options.kioskContents())
        const parsed = argsSchema.safeParse(args)
        if (!parsed.success) {
          throw new IpcRefusal(`invalid arguments: ${describeIssues(parsed.error.issues)}`)
        }
        return await callService(services, area, name, parsed.data)
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err)
        options.log(`IPC ${channel} refused: ${reason}`)
        throw new Error(`${channel}: ${reason}`, { cause: err })
      }
    })
    channels.push(channel)
  }
  const stopNotices = services.onNotice((notice) => {
    const contents = options.kioskContents()
    if (contents && !contents.isDestroyed()) contents.send(noticeChannel.channel, notice)
  })
  return () => {
    stopNotices()
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
}
