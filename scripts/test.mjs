// `npm test`: everything a fresh clone needs to prove itself, in the order a reader would check
// it (types, style, content, security, units, build, end to end), stopping at the first broken
// step so the failure is the last thing on screen. Ends with one plain `N passed, N failed` line
// for CI.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureDeps } from './ensureDeps.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const reportDir = join(root, 'test-results', 'reports')
const unitReport = join(reportDir, 'unit.json')
const e2eReport = join(reportDir, 'e2e.json')

const usage = `Usage: npm test [-- --unit-only | --e2e-only]
  (no flag)    typecheck, lint, content check, security scan, unit tests, build, e2e
  --unit-only  typecheck, lint, content check, security scan, unit tests
  --e2e-only   build, e2e
Anything after the flags is passed on to \`playwright test\` (e.g. a spec file or --project).`

/** The JS entry of a package's command, run with this Node so no shell or .cmd shim is needed. */
function bin(pkg, name) {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'))
  const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name ?? pkg]
  return join(root, 'node_modules', pkg, entry)
}

/** Runs one command with the terminal attached (no stdin: CI has none, nothing may prompt). */
function run(command, args, env = process.env) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  })
  if (result.error) console.error(`Could not start ${command}: ${result.error.message}`)
  return result.status === 0
}

const node = (script, args, env) => run(process.execPath, [script, ...args], env)

function parseArgs(argv) {
  const flags = new Set(argv.filter((a) => a === '--unit-only' || a === '--e2e-only'))
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage)
    process.exit(0)
  }
  if (flags.size > 1) {
    console.error('Choose one of --unit-only and --e2e-only.\n' + usage)
    process.exit(2)
  }
  const rest = argv.filter((a) => !flags.has(a))
  return { unit: !flags.has('--e2e-only'), e2e: !flags.has('--unit-only'), playwrightArgs: rest }
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  ensureDeps(root)
  // Only after the dependencies exist: these helpers are plain Node, but keep the order obvious.
  const { findChromium, howToGetChromium } = await import('./findChromium.mjs')
  const { ensureChromium } = await import('./installChromium.mjs')
  const summary = await import('./testSummary.mjs')

  let chromium
  if (options.e2e) {
    chromium = ensureChromium(findChromium, howToGetChromium)
    if (!chromium) process.exit(1)
    console.log(`Chromium for e2e: ${chromium}`)
  }
  const env = chromium ? { ...process.env, CHROMIUM_PATH: chromium } : process.env

  rmSync(reportDir, { recursive: true, force: true })
  mkdirSync(reportDir, { recursive: true })

  const steps = []
  if (options.unit) {
    steps.push(
      ['typecheck (tsc -b)', () => node(bin('typescript', 'tsc'), ['-b'])],
      [
        'lint (eslint, prettier --check)',
        () =>
          node(bin('eslint'), ['.', '--max-warnings', '0']) &&
          node(bin('prettier'), ['--check', '.']),
      ],
      [
        'content check (resources/content)',
        () => node(join(root, 'tools/bin/kiosk-content.mjs'), ['check', 'resources/content']),
      ],
      [
        'security scan (electronegativity over electron/)',
        () => node(join(root, 'scripts/electronegativity.mjs'), []),
      ],
      [
        'unit tests (vitest run)',
        () =>
          node(bin('vitest'), [
            'run',
            '--reporter=default',
            '--reporter=json',
            `--outputFile.json=${unitReport}`,
          ]),
      ],
    )
  }
  if (options.e2e) {
    steps.push(
      ['build (scripts/build.mjs)', () => node(join(root, 'scripts/build.mjs'), [])],
      [
        'e2e (playwright test)',
        () =>
          node(bin('@playwright/test', 'playwright'), ['test', ...options.playwrightArgs], {
            ...env,
            E2E_JSON_REPORT: e2eReport,
          }),
      ],
    )
  }

  let failedStep
  for (const [name, step] of steps) {
    console.log(`\n▶ ${name}`)
    if (!step()) {
      failedStep = name
      break
    }
    console.log(`✔ ${name}`)
  }

  const unit = summary.tallyVitest(summary.readReport(unitReport))
  const e2e = summary.tallyPlaywright(summary.readReport(e2eReport))
  const total = summary.addTallies(unit, e2e)
  console.log('')
  if (failedStep) console.log(`✘ npm test failed at step: ${failedStep}`)
  else console.log(`✔ all steps passed (unit ${unit.passed}, e2e ${e2e.passed} passed)`)
  console.log(summary.summaryLine(total))
  process.exit(failedStep || total.failed > 0 ? 1 : 0)
}

if (!existsSync(join(root, 'package.json'))) {
  console.error(`scripts/test.mjs must live in the project (no package.json at ${root}).`)
  process.exit(2)
}
await main()
