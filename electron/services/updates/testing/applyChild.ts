import { writeSync } from 'node:fs'
import { silentLogger } from '../../logger/logger'
import { checkPackage, installPackage } from '../installer'
import { openUpdateLog } from '../updateLog'

/**
 * Child process for the crash test: verifies and applies the package at argv[4] into the data
 * dir at argv[2], announcing every step on stdout. It SIGKILLs itself at step number argv[5]
 * (-1 = never), after argv[6] extra event-loop turns, so the kill lands between or inside steps.
 */
const [dataDir, resourcesDir, root, crashAtArg, turnsArg] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
]
const crashAt = Number(crashAtArg)
const turns = Number(turnsArg)
let step = 0

function die(): void {
  process.kill(process.pid, 'SIGKILL')
}

function onStep(name: string): void {
  writeSync(1, `step ${step} ${name}\n`)
  if (step++ !== crashAt) return
  if (turns === 0) return die()
  let left = turns
  const hop = () => (--left <= 0 ? die() : setImmediate(hop))
  setImmediate(hop)
}

const deps = {
  dataDir,
  resourcesDir,
  kioskId: 'kiosk-7',
  log: await openUpdateLog(dataDir, silentLogger),
  logger: silentLogger,
}
const checked = await checkPackage(deps, root, undefined)
if (!checked.ok) {
  writeSync(1, `refused ${checked.refusal.reason}\n`)
  process.exit(3)
}
const outcome = await installPackage(deps, root, checked.package, onStep)
writeSync(1, outcome.ok ? 'installed\n' : `failed ${outcome.refusal.reason}\n`)
