import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from './cli'
import { commands } from './commands'
import { captureIO } from './testIO'

// Finding 15 of the 2026 review: `kiosk-content <command> --help` was refused as an unknown
// option. Every command answers --help and -h with its own usage, on stdout, exit 0. Each
// command's answer is checked in-process (main() is all the bin runs); the bin itself once, as a
// shell runs it — each start compiles the CLI with tsx (seconds on a busy 2-core machine), and
// a start per command made this the slowest unit test file by far.
const bin = resolve(import.meta.dirname, 'bin', 'kiosk-content.mjs')
const usageLine = (name: string) =>
  `Usage: kiosk-content ${name} ${commands.find((c) => c.name === name)!.usage}`

describe('kiosk-content <command> --help', () => {
  it("the bin prints a command's usage on stdout and exits 0", () => {
    const run = spawnSync(process.execPath, [bin, 'check', '--help'], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n')[0]).toBe(usageLine('check'))
    expect(run.status).toBe(0)
  })

  it.each(commands.map((c) => c.name))('%s --help prints its usage and exits 0', async (name) => {
    const io = captureIO('/')
    expect(await main([name, '--help'], io)).toBe(0)
    expect(io.stderr).toEqual([])
    expect(io.stdout[0]).toBe(usageLine(name))
  })

  it.each(commands.map((c) => c.name))(
    '%s -h, also after other arguments, is the same',
    async (name) => {
      const io = captureIO('/')
      expect(await main([name, 'some-file.json', '-h'], io)).toBe(0)
      expect(io.stdout[0]).toMatch(new RegExp(`^Usage: kiosk-content ${name} `))
      expect(io.stderr).toEqual([])
    },
  )

  it('a -h after -- is an argument, not a request for help', async () => {
    const io = captureIO('/')
    const echo = {
      name: 'echo',
      summary: 'Prints its arguments.',
      usage: '<words>...',
      run: async (args: string[]) => (io.out(args.join(' ')), 0),
    }
    expect(await main(['echo', '--', '-h'], io, [echo])).toBe(0)
    expect(io.stdout).toEqual(['-- -h'])
  })
})
