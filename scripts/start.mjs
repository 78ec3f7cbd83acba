// `npm start`: installs what is missing, builds what is stale, then runs the kiosk — in Electron
// when its binary is here (or can be fetched quickly), otherwise in the browser host, which opens
// a local Chromium in kiosk mode when there is a display. See `npm start -- --help`.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureDeps } from './ensureDeps.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const USAGE = `Usage: npm start -- [options]
  --web             use the browser host even when Electron is available
  --port N          browser host port on 127.0.0.1 (0 = any free port; default 0)
  --data-dir DIR    where settings and state live (default: the per-user app data folder)
  --content FILE    preview a content file (JSON or .xlsx) in the browser host; it follows edits
  --watch DIR       browser host only: a folder to watch for update packages (repeatable;
                    Electron takes watched folders from the admin settings)
  --no-open         browser host only: do not open a Chromium window
  --hide-cursor     Electron only: hide the mouse pointer (touch-only kiosks)
  --daily-restart HH:MM
                    Electron only: restart the app once a day at this time (China time)
  --display-hours "Mo-Su 06:00-23:00"
                    Electron only: keep the screen on only in these hours (OSM syntax)
  --force           rebuild the renderer even if it looks up to date
  --help, -h        show this help`

/** Parses the start flags; exits with the usage on a bad one. */
export function parseStartArgs(argv) {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        web: { type: 'boolean' },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        content: { type: 'string' },
        watch: { type: 'string', multiple: true },
        'no-open': { type: 'boolean' },
        'hide-cursor': { type: 'boolean' },
        'daily-restart': { type: 'string' },
        'display-hours': { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    return values
  } catch (err) {
    console.error(`${err.message}\n\n${USAGE}`)
    process.exit(2)
  }
}

/** Whether a window can be shown: Windows and macOS always, Linux with X11 or Wayland. */
export function hasDisplay(platform = process.platform, env = process.env) {
  if (platform === 'win32' || platform === 'darwin') return true
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY)
}

/**
 * The Electron executable if it is installed, without requiring the `electron` package (which
 * would try to download it). ELECTRON_PATH wins when set.
 */
export function installedElectron(base = root, env = process.env) {
  if (env.ELECTRON_PATH) return existsSync(env.ELECTRON_PATH) ? env.ELECTRON_PATH : undefined
  const pkg = join(base, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const executable = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(executable) ? executable : undefined
}

/** One quick attempt to fetch the Electron binary (fails fast offline). */
function tryInstallElectron() {
  const installer = join(root, 'node_modules', 'electron', 'install.js')
  if (!existsSync(installer)) return undefined
  console.error('Electron binary missing; trying to download it (60 s at most)…')
  const result = spawnSync(process.execPath, [installer], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 60_000,
  })
  if (result.status !== 0) {
    console.error('Could not download Electron (offline?); using the browser host instead.')
    return undefined
  }
  return installedElectron()
}

/** Runs a child with the terminal attached, passes Ctrl+C / SIGTERM on, exits with its code. */
function runChild(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env })
  const forward = (signal) => () => child.kill(signal)
  process.on('SIGINT', forward('SIGINT'))
  process.on('SIGTERM', forward('SIGTERM'))
  child.on('error', (err) => {
    console.error(`Could not start ${command}: ${err.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
}

/** The Electron host's arguments for the start flags (paths made absolute). */
export function electronArgs(options, cwd = process.cwd()) {
  const args = ['.']
  if (options['data-dir']) args.push(`--data-dir=${resolve(cwd, options['data-dir'])}`)
  if (options.content) args.push(`--content=${resolve(cwd, options.content)}`)
  if (options['hide-cursor']) args.push('--hide-cursor')
  if (options['daily-restart']) args.push(`--daily-restart=${options['daily-restart']}`)
  if (options['display-hours']) args.push(`--display-hours=${options['display-hours']}`)
  return args
}

/** The browser host's arguments for the start flags (paths made absolute). */
export function browserHostArgs(options, cwd = process.cwd()) {
  const args = []
  if (options.port) args.push('--port', options.port)
  if (options['data-dir']) args.push('--data-dir', resolve(cwd, options['data-dir']))
  if (options.content) args.push('--content', resolve(cwd, options.content))
  for (const dir of options.watch ?? []) args.push('--watch', resolve(cwd, dir))
  if (options['no-open']) args.push('--no-open')
  return args
}

/** Flags the chosen host does not take, each named once, so nothing is silently dropped. */
function warnUnused(options, flags, host) {
  for (const flag of flags) {
    if (options[flag] !== undefined) console.error(`--${flag} does not apply to ${host}; ignored.`)
  }
}

function startElectron(electronPath, options) {
  const args = electronArgs(options)
  warnUnused(options, ['port', 'watch', 'no-open'], 'Electron')
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.error('Running as root: Chromium needs --no-sandbox. Run the kiosk as a normal user.')
    args.push('--no-sandbox')
  }
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  console.error(`Starting the kiosk in Electron (${electronPath})…`)
  runChild(electronPath, args, env)
}

function startBrowserHost(options) {
  warnUnused(options, ['hide-cursor', 'daily-restart', 'display-hours'], 'the browser host')
  const args = [
    '--import',
    'tsx',
    join(root, 'electron', 'web', 'cli.ts'),
    ...browserHostArgs(options),
  ]
  runChild(process.execPath, args, process.env)
}

async function main() {
  const options = parseStartArgs(process.argv.slice(2))
  if (options.help) {
    console.log(USAGE)
    return
  }
  ensureDeps(root)
  const { buildAll } = await import('./build.mjs')
  await buildAll({ force: Boolean(options.force) })

  let electronPath
  if (options.web) {
    console.error('Using the browser host (--web).')
  } else if (options.content) {
    // An author's preview: only the browser host follows edits and shows the file's problems.
    console.error('Previewing a content file: using the browser host (it follows your edits).')
  } else if (!hasDisplay()) {
    console.error('No display ($DISPLAY / $WAYLAND_DISPLAY): using the browser host.')
  } else {
    electronPath = installedElectron() ?? tryInstallElectron()
  }
  if (electronPath) startElectron(electronPath, options)
  else startBrowserHost(options)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err) => {
    console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  })
}
