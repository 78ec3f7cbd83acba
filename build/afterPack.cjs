// electron-builder `afterPack` hook: ships the office's update-signing key(s) and refuses a
// release that would trust none (releaseKeys.cjs), then flips Electron's fuses in the packed
// binary before it is signed, so the shipped executable cannot be turned into a plain Node
// runtime, be inspected, or load an app other than its own integrity-checked asar (DESIGN.md §5).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS hook module
const path = require('node:path')
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS hook module
const { shipReleaseKeys } = require('./releaseKeys.cjs')

/**
 * The fuse wire every kiosk build ships with, keyed by the @electron/fuses option names. Off:
 * run-as-node, NODE_OPTIONS, --inspect, file:// privileges (the renderer is served from app://,
 * so file: pages never need fetch or service workers). On: load only from app.asar, check its
 * embedded integrity hash (Windows and macOS; Electron ignores it on Linux), encrypt cookies.
 */
const KIOSK_FUSES = {
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  GrantFileProtocolExtraPrivileges: false,
  OnlyLoadAppFromAsar: true,
  EnableEmbeddedAsarIntegrityValidation: true,
  EnableCookieEncryption: true,
}

/** The fuse config @electron/fuses expects, built from its own enums so indexes never drift. */
function fuseConfig(fuses) {
  const config = { version: fuses.FuseVersion.V1 }
  for (const [name, on] of Object.entries(KIOSK_FUSES)) {
    const index = fuses.FuseV1Options[name]
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`)
    config[index] = on
  }
  return config
}

/** The packed Electron executable (or .app bundle) electron-builder just wrote. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  switch (electronPlatformName) {
    case 'linux':
      return path.join(appOutDir, packager.executableName)
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`)
    default:
      throw new Error(`No fuse target for platform ${electronPlatformName}`)
  }
}

/**
 * The hook. `loadFuses` and `env` exist for tests (a fake @electron/fuses, KIOSK_RELEASE_KEYS);
 * a failure rejects, which stops the build: an installer without its fuses or without a trusted
 * key must never be produced.
 */
async function afterPack(context, loadFuses = () => import('@electron/fuses'), env = process.env) {
  const keys = shipReleaseKeys(context, env)
  console.log(`  • update-signing keys shipped: ${keys.join(', ')}`)
  const fuses = await loadFuses()
  const binary = electronBinaryPath(context)
  await fuses.flipFuses(binary, fuseConfig(fuses))
  const summary = Object.entries(KIOSK_FUSES)
    .map(([name, on]) => `${name}=${on ? 'on' : 'off'}`)
    .join(', ')
  console.log(`  • fuses set on ${binary}: ${summary}`)
}

module.exports = afterPack
module.exports.default = afterPack
module.exports.KIOSK_FUSES = KIOSK_FUSES
module.exports.electronBinaryPath = electronBinaryPath
