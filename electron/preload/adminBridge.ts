import type { IpcRenderer } from 'electron'
import { z } from 'zod'
import { adminChannels, type AdminApi } from '../../common/admin/adminApi'

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
 * The admin area of window.kiosk: one named function per admin channel, replies checked against
 * the contract. The main process checks the sender, the arguments and the admin session.
 */
export function createAdminBridge(ipc: Invoker): AdminApi {
  const c = adminChannels
  return {
    status: () => call(ipc, c.status),
    setFirstPin: (pin) => call(ipc, c.setFirstPin, pin),
    login: (pin) => call(ipc, c.login, pin),
    provision: () => call(ipc, c.provision),
    logout: async (session) => {
      await call(ipc, c.logout, session)
    },
    updateSettings: (session, patch) => call(ipc, c.updateSettings, session, patch),
    diagnostics: (session) => call(ipc, c.diagnostics, session),
    auditLog: (session) => call(ipc, c.auditLog, session),
    changePin: (session, pin) => call(ipc, c.changePin, session, pin),
    findConfigs: (session) => call(ipc, c.findConfigs, session),
    applyConfig: (session, folder) => call(ipc, c.applyConfig, session, folder),
    rollbackContent: (session) => call(ipc, c.rollbackContent, session),
    exportDiagnostics: (session) => call(ipc, c.exportDiagnostics, session),
  }
}
