import type { IpcMain } from 'electron'
import { adminChannels } from '../../common/admin/adminApi'
import type { KioskServices } from '../services/kioskServices'
import { createAreaIpc, type IpcOptions } from './ipcGuard'

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
  const { handle, dispose } = createAreaIpc(ipcMain, options, {
    service: () => services.admin,
    unavailable: 'this host offers no administration',
  })

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
  handle(c.listKeys, (a, [session]) => a.listKeys(session))
  handle(c.addKey, (a, [session]) => a.addKey(session))
  handle(c.removeKey, (a, [session, keyId]) => a.removeKey(session, keyId))
  handle(c.hostActions, (a, [session]) => a.hostActions(session))
  handle(c.restartApp, (a, [session]) => a.restartApp(session))
  handle(c.quitApp, (a, [session]) => a.quitApp(session))

  return dispose
}
