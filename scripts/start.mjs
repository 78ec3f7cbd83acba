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
  --no-open         browser host only: do not open a Chromium window
  --hide-cursor     Electron only: hide the mouse pointer (touch-only kiosks)
  --force           rebuild the renderer even if it looks up to date
  --help            show this help`

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
        'no-open': { type: 'boolean' },
        'hide-cursor': { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean' },
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

function startElectron(electronPath, options) {
  const args = ['.']
  if (options['data-dir']) args.push(`--data-dir=${resolve(options['data-dir'])}`)
  if (options.content) args.push(`--content=${resolve(options.content)}`)
  if (options['hide-cursor']) args.push('--hide-cursor')
  if (options.port) console.error('--port applies to the browser host only; Electron uses app://.')
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
  const args = ['--import', 'tsx', join(root, 'electron', 'web', 'cli.ts')]
  if (options.port) args.push('--port', options.port)
  if (options['data-dir']) args.push('--data-dir', resolve(options['data-dir']))
  if (options.content) args.push('--content', resolve(options.content))
  if (options['no-open']) args.push('--no-open')
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
