import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, it } from 'vitest'

/** Runs one of the bench's tools as a person would (tsx); resolves with its output and exit code. */
const run = (tool: string, args: string[]) =>
  new Promise<{ stdout: string; stderr: string; status: number | null }>((done) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', resolve(import.meta.dirname, tool), ...args],
      { encoding: 'utf8', timeout: 60_000 },
      (_error, stdout, stderr) => done({ stdout, stderr, status: child.exitCode }),
    )
  })

// Each case is a Node start: run side by side. A refused argument must stop the tool before it
// starts a host or a browser, so these finish in the time Node takes to load the tool.
describe.concurrent("the bench's own tools answer --help and refuse wrong arguments", () => {
  for (const [tool, usage] of [
    ['one.ts', /^Usage: npx tsx bench\/one\.ts <startup\|taps\|endurance\|scale> \[count\]/],
    ['heapDiff.ts', /^Usage: npx tsx bench\/heapDiff\.ts \[first\] \[middle\] \[last\]/],
  ] as const) {
    for (const help of ['--help', '-h']) {
      it(`${tool} ${help} prints its usage and exits 0`, async ({ expect }) => {
        const result = await run(tool, [help])
        expect(result.stdout).toMatch(usage)
        expect(result.stderr).toBe('')
        expect(result.status).toBe(0)
      })
    }
  }

  it('one.ts refuses an unknown section and a count that is not one, saying which', async ({
    expect,
  }) => {
    const [section, count, list] = await Promise.all([
      run('one.ts', ['tapz']),
      run('one.ts', ['taps', 'many']),
      run('one.ts', ['taps', '10,20']),
    ])
    expect(section.stderr).toMatch(/^Unknown section tapz\nUsage:/)
    expect(count.stderr).toMatch(/^Not a count: many\nUsage:/)
    expect(list.stderr).toMatch(/^Not a count: 10,20\nUsage:/) // only scale takes a list
    for (const r of [section, count, list]) expect(r.status).toBe(2)
  })

  it('heapDiff.ts refuses sessions out of order instead of running with them', async ({
    expect,
  }) => {
    const result = await run('heapDiff.ts', ['300', '10'])
    expect(result.stderr).toMatch(/^The sessions must be in increasing order\nUsage:/)
    expect(result.status).toBe(2)
  })
})
