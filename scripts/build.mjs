// `npm run build`: the renderer with Vite (→ dist/renderer), the Electron main process and
// preload with esbuild (→ dist/electron/main.cjs, preload.cjs) and the browser host as one ES
// module (→ dist/web/cli.mjs, what the e2e suite starts). The renderer build is skipped when dist
// is newer than every source it depends on, so `npm start` stays quick; `--force` rebuilds.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** What the renderer bundle is made from; a change to any of these makes dist stale. */
const RENDERER_INPUTS = [
  'renderer',
  'common',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
]
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist'])

/** The newest modification time (ms) of a file, or of any file below a folder; 0 if absent. */
export function newestMtime(path) {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue
    newest = Math.max(newest, newestMtime(join(path, entry.name)))
  }
  return newest
}

/** True when dist/renderer was built after the last change to any renderer input. */
export function rendererIsFresh(base = root) {
  const output = join(base, 'dist', 'renderer', 'index.html')
  if (!existsSync(output)) return false
  const built = statSync(output).mtimeMs
  return RENDERER_INPUTS.every((input) => newestMtime(join(base, input)) <= built)
}

async function buildRenderer() {
  const { build } = await import('vite')
  // vite.config.ts sets root 'renderer' relative to the working folder; pin it to this checkout.
  await build({
    root: join(root, 'renderer'),
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
  })
}

async function buildElectron() {
  const { build } = await import('esbuild')
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 runs Node 22.
    target: 'node22',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
    absWorkingDir: root,
  }
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'electron/main/main.ts')],
      outfile: join(root, 'dist/electron/main.cjs'),
      // Services locate files with import.meta.url; give the CommonJS bundle a real one.
      define: { 'import.meta.url': '__kioskModuleUrl' },
      banner: {
        js: "const __kioskModuleUrl = require('node:url').pathToFileURL(__filename).href;",
      },
    }),
    // A sandboxed preload can require only 'electron': everything else (zod, the contract)
    // must be inside this one file.
    build({
      ...common,
      entryPoints: [join(root, 'electron/preload/preload.ts')],
      outfile: join(root, 'dist/electron/preload.cjs'),
    }),
  ])
}

/** Where the bundled browser host goes, relative to the project root. */
export const WEB_HOST_BUNDLE = join('dist', 'web', 'cli.mjs')
const WEB_HOST_INPUTS = ['electron', 'common', 'package.json', 'package-lock.json']

/** True when dist/web/cli.mjs was written after the last change to any of its inputs. */
export function webHostIsFresh(base = root) {
  const output = join(base, WEB_HOST_BUNDLE)
  if (!existsSync(output)) return false
  const built = statSync(output).mtimeMs
  return WEB_HOST_INPUTS.every((input) => newestMtime(join(base, input)) <= built)
}

/**
 * The browser host (electron/web/cli.ts) bundled into one ES module, so that an e2e test starts
 * a host in about a second instead of the two or three tsx takes to compile the services on
 * every start (the suite starts dozens). Dependencies stay in node_modules; only the project's
 * TypeScript is bundled. Code that finds files must use electron/services/paths.ts (findAppRoot),
 * which works from dist/web as from the sources.
 */
export async function buildWebHost(base = root) {
  const { build } = await import('esbuild')
  await build({
    absWorkingDir: base,
    entryPoints: [join(base, 'electron/web/cli.ts')],
    outfile: join(base, WEB_HOST_BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Stack traces in the host's output point at the TypeScript sources.
    sourcemap: 'linked',
    logLevel: 'warning',
  })
}

/** Builds what is stale (or everything with `force`); logs one line per step. */
export async function buildAll({ force = false, log = (line) => console.error(line) } = {}) {
  if (!force && rendererIsFresh()) {
    log('Renderer is up to date (dist/renderer newer than its sources).')
  } else {
    log('Building the renderer (vite)…')
    await buildRenderer()
  }
  log('Bundling the Electron main process, preload and browser host (esbuild)…')
  await Promise.all([buildElectron(), buildWebHost()])
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const usage = `Usage: node scripts/build.mjs [--force]   (npm run build)
  (no flag)   build what is stale: the renderer (vite), the Electron main process, preload
              and the browser host (esbuild)
  --force     rebuild the renderer even if dist/renderer looks up to date
  --help, -h  show this help`
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage)
    process.exit(0)
  }
  const unknown = args.filter((a) => a !== '--force')
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown[0]}.\n\n${usage}`)
    process.exit(2)
  }
  buildAll({ force: args.includes('--force') }).catch((err) => {
    console.error(`Build failed: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  })
}
