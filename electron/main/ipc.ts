import type { IpcMain } from 'electron'
import { kioskContract } from '../../common/api/contract'
import { noticeChannel } from '../../common/api/kioskApi'
import { channelOf, fullArgsSchema, methodsOf } from '../../common/api/method'
import { KioskApiError, type Envelope } from '../../common/api/errors'
import { toApiError } from '../serve/apiError'
import { callService } from '../serve/dispatch'
import type { KioskServices } from '../services/kioskServices'
import { describeIssues } from '../services/zodProblems'
import { checkSender, IpcRefusal, type IpcOptions } from './ipcGuard'

export { checkSender, IpcRefusal, type IpcOptions } from './ipcGuard'

/**
 * Registers one `ipcMain.handle` per method of the contract table. Each call is checked (sender
 * frame, then the arguments — the admin session first where the method needs one — against the
 * entry's zod schemas, then that this host offers the area) before the service runs. Every reply
 * is an envelope: the value, or the failure as a contract error code and message (never the
 * arguments: a PIN) — IPC keeps only an error's message, so a code must travel as data. Nothing
 * a caller sends can disturb the main process. Also forwards host notices to the kiosk window.
 * Returns an undo function.
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
    ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<Envelope<unknown>> => {
      try {
        checkSender(event, options.kioskContents())
        const parsed = argsSchema.safeParse(args)
        if (!parsed.success) {
          const issues = describeIssues(parsed.error.issues)
          throw new IpcRefusal(`invalid arguments: ${issues}`, 'bad-request')
        }
        return { ok: true, value: await callService(services, area, name, parsed.data) }
      } catch (err) {
        // A refusal is expected and says why in its message; anything else needs its stack.
        const reason =
          err instanceof KioskApiError || !(err instanceof Error)
            ? String(err instanceof Error ? err.message : err)
            : (err.stack ?? err.message)
        options.log(`IPC ${channel} refused: ${reason}`)
        return { ok: false, error: toApiError(err) }
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
