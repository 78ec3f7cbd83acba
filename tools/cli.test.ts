import { describe, expect, it } from 'vitest'
import { main } from './cli'
import type { Command } from './command'
import { captureIO } from './testIO'

const echo: Command = {
  name: 'echo',
  summary: 'Prints its arguments.',
  usage: '<words>...',
  run: async (args, io) => {
    io.out(args.join(' '))
    return 0
  },
}
const broken: Command = {
  name: 'broken',
  summary: 'Always throws.',
  usage: '',
  run: async () => {
    throw new Error('disk on fire')
  },
}

describe('kiosk-content main', () => {
  it('dispatches to the named command with the remaining arguments', async () => {
    const io = captureIO('/')
    expect(await main(['echo', 'a', 'b'], io, [echo])).toBe(0)
    expect(io.stdout).toEqual(['a b'])
  })

  it('lists the registered commands for help', async () => {
    const io = captureIO('/')
    expect(await main(['help'], io)).toBe(0)
    expect(io.stdout.join('\n')).toMatch(/check\s+Check content JSON files/)
    expect(io.stdout.join('\n')).toMatch(/schema\s+Print, write/)
  })

  it('shows a command’s arguments with help <command>', async () => {
    const io = captureIO('/')
    await main(['help', 'echo'], io, [echo])
    expect(io.stdout[0]).toBe('Usage: kiosk-content echo <words>...')
  })

  it('fails with usage (exit 2) for no or an unknown command', async () => {
    const none = captureIO('/')
    expect(await main([], none, [echo])).toBe(2)
    expect(none.stderr[0]).toBe('Usage: kiosk-content <command> [arguments]')
    const unknown = captureIO('/')
    expect(await main(['pack'], unknown, [echo])).toBe(2)
    expect(unknown.stderr[0]).toBe('kiosk-content: unknown command "pack"')
  })

  it('reports a command that throws instead of crashing', async () => {
    const io = captureIO('/')
    expect(await main(['broken'], io, [broken])).toBe(1)
    expect(io.stderr).toEqual(['kiosk-content broken: disk on fire'])
  })
})
