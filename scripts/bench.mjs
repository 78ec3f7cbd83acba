// `npm run bench [-- --quick]`: builds what is stale (scripts/build.mjs), then runs the bench
// (bench/main.ts, TypeScript through tsx) in a child process. Exits 0 whether budgets are met
// or not — the bench reports, it does not gate; only a bench that cannot run exits non-zero.
import { spawn } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildAll } from './build.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const USAGE = `Usage: npm run bench [-- --quick]
  (no flag)   the full bench: builds what is stale, then measures every budget (6–7 minutes)
  --quick     smaller counts, for checking the bench itself
  --help, -h  show this help
Writes bench/results.json and prints a table; exits 0 whether budgets are met or not.`

const args = process.argv.slice(2)
// Every command answers --help: print the usage before building anything.
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
const unknown = args.filter((a) => a !== '--quick')
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown[0]}.\n\n${USAGE}`)
  process.exit(2)
}

try {
  await buildAll()
} catch (err) {
  console.error(`Build failed, nothing to measure: ${err instanceof Error ? err.message : err}`)
  process.exit(1)
}
const child = spawn(
  process.execPath,
  ['--import', 'tsx', join(root, 'bench', 'main.ts'), ...args],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
// A terminal's Ctrl-C reaches the child directly; a SIGTERM sent to this process alone is passed
// on, so the child can stop the host and browser it started.
process.on('SIGINT', () => {})
process.on('SIGTERM', () => child.kill('SIGTERM'))
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)))
