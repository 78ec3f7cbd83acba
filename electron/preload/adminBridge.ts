import { adminChannels, type AdminApi } from '../../common/admin/adminApi'
import { invokeChecked, type Invoker } from './invokeChecked'

/**
 * The admin area of window.kiosk: one named function per admin channel, replies checked against
 * the contract. The main process checks the sender, the arguments and the admin session.
 */
export function createAdminBridge(ipc: Invoker): AdminApi {
  const c = adminChannels
  return {
    status: () => invokeChecked(ipc, c.status),
    setFirstPin: (pin) => invokeChecked(ipc, c.setFirstPin, pin),
    login: (pin) => invokeChecked(ipc, c.login, pin),
    provision: () => invokeChecked(ipc, c.provision),
    logout: async (session) => {
      await invokeChecked(ipc, c.logout, session)
    },
    updateSettings: (session, patch) => invokeChecked(ipc, c.updateSettings, session, patch),
    diagnostics: (session) => invokeChecked(ipc, c.diagnostics, session),
    auditLog: (session) => invokeChecked(ipc, c.auditLog, session),
    changePin: (session, pin) => invokeChecked(ipc, c.changePin, session, pin),
    findConfigs: (session) => invokeChecked(ipc, c.findConfigs, session),
    applyConfig: (session, folder) => invokeChecked(ipc, c.applyConfig, session, folder),
    rollbackContent: (session) => invokeChecked(ipc, c.rollbackContent, session),
    exportDiagnostics: (session) => invokeChecked(ipc, c.exportDiagnostics, session),
    listKeys: (session) => invokeChecked(ipc, c.listKeys, session),
    addKey: (session) => invokeChecked(ipc, c.addKey, session),
    removeKey: (session, keyId) => invokeChecked(ipc, c.removeKey, session, keyId),
    hostActions: (session) => invokeChecked(ipc, c.hostActions, session),
    restartApp: (session) => invokeChecked(ipc, c.restartApp, session),
    quitApp: (session) => invokeChecked(ipc, c.quitApp, session),
  }
}
