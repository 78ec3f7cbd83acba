// Gets a Chromium onto a Debian/Ubuntu test machine when none is installed, so that `npm test`
// on a fresh CI box needs nothing but Node; anywhere else it says exactly what to do instead.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** True where apt can install packages without asking: Debian-like, running as root. */
export function canAptInstall(platform = process.platform, uid = process.getuid?.()) {
  return platform === 'linux' && uid === 0 && existsSync('/etc/debian_version')
}

function apt(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  return result.status === 0
}

/**
 * The path of a usable Chromium, installing `chromium` and `fonts-noto-cjk` with apt when that
 * is possible and needed; undefined (after printing how to get one) when there is none.
 */
export function ensureChromium(findChromium, howToGetChromium) {
  const found = findChromium()
  if (found) return found
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`)
    return undefined
  }
  if (canAptInstall()) {
    console.log('No Chromium found: installing chromium and fonts-noto-cjk with apt-get…')
    if (
      apt(['update']) &&
      apt(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'])
    ) {
      const installed = findChromium()
      if (installed) return installed
    }
    console.error('apt-get could not install chromium.')
  }
  console.error(howToGetChromium())
  return undefined
}
