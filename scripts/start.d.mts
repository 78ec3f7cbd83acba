/** Parses the start flags; exits with the usage on a bad one. */
export function parseStartArgs(argv: string[]): StartOptions
/** The start flags, as parsed. */
export type StartOptions = {
  web?: boolean
  port?: string
  'data-dir'?: string
  content?: string
  watch?: string[]
  'no-open'?: boolean
  'hide-cursor'?: boolean
  'daily-restart'?: string
  'display-hours'?: string
  force?: boolean
  help?: boolean
}
/** The Electron host's arguments for the start flags (paths made absolute against `cwd`). */
export function electronArgs(options: StartOptions, cwd?: string): string[]
/** The browser host's arguments for the start flags (paths made absolute against `cwd`). */
export function browserHostArgs(options: StartOptions, cwd?: string): string[]
/** Whether a window can be shown: Windows and macOS always, Linux with X11 or Wayland. */
export function hasDisplay(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): boolean
/** The Electron executable if installed (ELECTRON_PATH first), without triggering a download. */
export function installedElectron(base?: string, env?: NodeJS.ProcessEnv): string | undefined
