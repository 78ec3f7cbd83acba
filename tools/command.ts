/** Where a command writes: injected so tests capture output instead of spawning processes. */
export type CommandIO = {
  out: (line: string) => void
  err: (line: string) => void
  /** Folder that relative paths are resolved against. */
  cwd: string
}

/**
 * One `kiosk-content <name>` sub-command. `run` gets the arguments after the command name and
 * resolves to the process exit code (0 ok, 1 the check failed, 2 the command was misused).
 */
export type Command = {
  name: string
  /** One line for `kiosk-content help`. */
  summary: string
  /** Argument synopsis, e.g. `<file-or-folder>... [--json]`. */
  usage: string
  run: (args: string[], io: CommandIO) => Promise<number>
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2
