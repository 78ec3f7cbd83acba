/** Parses the start flags; exits with the usage on a bad one. */
export function parseStartArgs(argv: string[]): {
  web?: boolean
  port?: string
  'data-dir'?: string
  content?: string
  'no-open'?: boolean
  'hide-cursor'?: boolean
  force?: boolean
  help?: boolean
}
/** Whether a window can be shown: Windows and macOS always, Linux with X11 or Wayland. */
export function hasDisplay(platform?: NodeJS.Platform, env?: NodeJS.ProcessEnv): boolean
/** The Electron executable if installed (ELECTRON_PATH first), without triggering a download. */
export function installedElectron(base?: string, env?: NodeJS.ProcessEnv): string | undefined
