import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import type { z } from 'zod'
import { describeIssues } from '../services/zodProblems'
import { isAppUrl } from './origin'

export interface IpcOptions {
  /** The kiosk window's contents; IPC from any other sender is refused. */
  kioskContents: () => WebContents | undefined
  log: (line: string) => void
}

/** Why the main process refused an IPC call; the message reaches the renderer's rejection. */
export class IpcRefusal extends Error {}

/**
 * Refuses a caller that is not the kiosk page's own top frame on app://kiosk — another window,
 * a subframe, a frame that navigated elsewhere, or a frame that is already gone.
 */
export function checkSender(event: IpcMainInvokeEvent, kiosk: WebContents | undefined): void {
  const frame = event.senderFrame
  if (!kiosk || kiosk.isDestroyed() || event.sender.id !== kiosk.id) {
    throw new IpcRefusal('the sender is not the kiosk window')
  }
  const main = kiosk.mainFrame
  const isMainFrame =
    frame !== null &&
    frame.parent === null &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId
  if (!isMainFrame) {
    throw new IpcRefusal('the sender is not the kiosk window’s main frame')
  }
  if (!isAppUrl(frame.url)) throw new IpcRefusal('the sender frame is not on app://kiosk')
}

type IpcRegistry = Pick<IpcMain, 'handle' | 'removeHandler'>

/**
 * The one way a KioskApi area registers its channels: every call is checked (sender frame, then
 * the arguments against the channel's zod schema, then that this host offers the area) before
 * the service runs, and a refusal rejects the renderer's promise with the reason while the main
 * process carries on. Keeping this in one place means no area can forget a check.
 */
export function createAreaIpc<Service>(
  ipcMain: IpcRegistry,
  options: IpcOptions,
  area: { service: () => Service | undefined; unavailable: string },
) {
  const channels: string[] = []

  function handle<S extends z.ZodType>(
    spec: { channel: string; args: S },
    run: (service: Service, args: z.output<S>) => Promise<unknown>,
  ): void {
    ipcMain.handle(spec.channel, async (event, ...args: unknown[]) => {
      try {
        checkSender(event, options.kioskContents())
        const parsed = spec.args.safeParse(args)
        if (!parsed.success) {
          throw new IpcRefusal(`invalid arguments: ${describeIssues(parsed.error.issues)}`)
        }
        const service = area.service()
        if (service === undefined) throw new IpcRefusal(area.unavailable)
        return await run(service, parsed.data)
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err)
        options.log(`IPC ${spec.channel} refused: ${reason}`)
        throw new Error(`${spec.channel}: ${reason}`, { cause: err })
      }
    })
    channels.push(spec.channel)
  }

  /** Removes every channel this area registered. */
  const dispose = () => {
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
  return { handle, dispose }
}
