// Run as its own Node process (`node --import tsx useKioskOnce.ts DATA RESOURCES`) so a test can
// give it a umask: worker threads cannot change the process umask. Starts the services, sets a
// PIN, counts a visit and changes a setting, then closes — every kind of state file is written.
import { createKioskServices } from '../createKioskServices'

const [dataDir, resourcesDir] = process.argv.slice(2)
if (!dataDir || !resourcesDir) throw new Error('usage: useKioskOnce.ts DATA_DIR RESOURCES_DIR')
const services = await createKioskServices({
  dataDir,
  resourcesDir,
  host: 'web',
  env: { KIOSK_FIRST_PIN_ON_SCREEN: '1' },
})
const pin = await services.admin.setFirstPin('482915')
if (!pin.ok) throw new Error(`setFirstPin refused: ${JSON.stringify(pin)}`)
services.stats.record([{ kind: 'session' }])
await services.stats.flush()
await services.settings.update({ idleSeconds: 120 })
await services.close()
