// Preload of the kiosk window. Runs sandboxed, so scripts/build.mjs bundles it (with zod and the
// contract) into one CommonJS file that requires nothing but 'electron'.
import { contextBridge, ipcRenderer } from 'electron'
import { exposeKioskBridge } from './kioskBridge'

exposeKioskBridge(contextBridge, ipcRenderer)
