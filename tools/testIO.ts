import type { CommandIO } from './command'

/** A CommandIO that records output lines, for tests of commands and the CLI. */
export function captureIO(cwd: string): CommandIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    cwd,
    stdout,
    stderr,
    out: (line) => stdout.push(...line.split('\n')),
    err: (line) => stderr.push(...line.split('\n')),
  }
}
