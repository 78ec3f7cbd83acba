import { describe, expect, it } from 'vitest'
import { CliError, parseCliArgs } from './cliArgs'

describe('parseCliArgs', () => {
  it('answers --help and -h (every CLI does)', () => {
    expect(parseCliArgs(['--help'], '/here').help).toBe(true)
    expect(parseCliArgs(['-h'], '/here').help).toBe(true)
  })

  it('defaults to any port, opening a browser, no preview', () => {
    expect(parseCliArgs([], '/here')).toEqual({
      port: 0,
      dataDir: undefined,
      contentFile: undefined,
      open: true,
      watchDirs: [],
      help: false,
    })
  })

  it('reads every flag and makes paths absolute against the working folder', () => {
    const options = parseCliArgs(
      [
        '--port',
        '8080',
        '--data-dir',
        'data',
        '--content',
        '/c.json',
        '--no-open',
        '--watch',
        'a',
        '--watch',
        '/b',
      ],
      '/here',
    )
    expect(options).toEqual({
      port: 8080,
      dataDir: '/here/data',
      contentFile: '/c.json',
      open: false,
      watchDirs: ['/here/a', '/b'],
      help: false,
    })
  })

  it.each([
    [['--port', 'abc'], '--port must be a number'],
    [['--port', '70000'], '--port must be 0..65535'],
    [['--port', '1.5'], '--port must be a whole number'],
    [['--data-dir', ' '], '--data-dir needs a path'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['stray'], 'stray'],
  ])('refuses %j naming the flag', (argv, message) => {
    expect(() => parseCliArgs(argv, '/here')).toThrow(CliError)
    expect(() => parseCliArgs(argv, '/here')).toThrow(message)
  })
})
