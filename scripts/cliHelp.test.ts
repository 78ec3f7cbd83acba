import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, it } from 'vitest'

// Every command answers --help and -h with its usage on stdout and exit 0, before it does any
// work (`npm run bench -- --help` used to say "Unknown option"; build and the security scan
// too). kiosk-content's commands: tools/commandHelp.test.ts; the browser host: cliArgs.test.ts.
const ENTRY_POINTS = [
  { script: 'bench.mjs', usage: /^Usage: npm run bench /, flag: '--quick' },
  { script: 'build.mjs', usage: /^Usage: node scripts\/build\.mjs /, flag: '--force' },
  { script: 'electronegativity.mjs', usage: /^Usage: node scripts\/electronegativity\.mjs/ },
  { script: 'start.mjs', usage: /^Usage: npm start /, flag: '--web' },
  { script: 'test.mjs', usage: /^Usage: npm test /, flag: '--unit-only' },
]

/** Runs a script with this Node; resolves with its output and exit code (never rejects). */
const run = (script: string, args: string[]) =>
  new Promise<{ stdout: string; stderr: string; status: number | null }>((done) => {
    const child = execFile(
      process.execPath,
      [resolve(import.meta.dirname, script), ...args],
      { encoding: 'utf8', timeout: 30_000 },
      (_error, stdout, stderr) => done({ stdout, stderr, status: child.exitCode }),
    )
  })

// Each case is a Node start: run side by side, not one after another.
describe.concurrent('scripts/*.mjs answer --help and -h', () => {
  for (const { script, usage, flag } of ENTRY_POINTS) {
    for (const help of ['--help', '-h']) {
      it(`${script} ${help} prints its usage and exits 0${flag ? `, also after ${flag}` : ''}`, async ({
        expect,
      }) => {
        const result = await run(script, flag ? [flag, help] : [help])
        expect(result.stderr).toBe('')
        expect(result.stdout).toMatch(usage)
        expect(result.status).toBe(0)
      })
    }
  }

  it('an unknown option is refused with the usage, exit 2', async ({ expect }) => {
    const scripts = ['bench.mjs', 'build.mjs', 'electronegativity.mjs']
    const results = await Promise.all(scripts.map((script) => run(script, ['--bogus'])))
    for (const [i, result] of results.entries()) {
      const script = scripts[i]
      expect(result.stderr, script).toMatch(/Unknown option --bogus/)
      expect(result.stderr, script).toMatch(/Usage:/)
      expect(result.status, script).toBe(2)
    }
  })
})
