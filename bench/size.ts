import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Figure } from './results'
import { round } from './stats'

const BUDGET_JS_KB = 250
const KB = 1024

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)],
  )
}

const gzipKb = (files: string[]) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) / KB
const rawKb = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0) / KB

/**
 * The JavaScript the page loads before its first screen: the entry module and the chunks Vite
 * lists as `<link rel="modulepreload">` in index.html (the entry's static imports). Everything
 * else is a chunk fetched on first use (admin, staff dialog, printing, later screens), so this —
 * not the total — is what the "≤ 250 KB on the first screen" budget is about.
 */
export function firstScreenScripts(indexHtml: string): string[] {
  const tags = indexHtml.match(/<(?:script|link)\b[^>]*>/g) ?? []
  const paths = tags.flatMap((tag) => {
    const entry = /type="module"/.test(tag) && /\bsrc="([^"]+)"/.exec(tag)
    const preload = /rel="modulepreload"/.test(tag) && /\bhref="([^"]+)"/.exec(tag)
    const found = entry || preload
    return found ? [found[1].replace(/^\.\//, '')] : []
  })
  return [...new Set(paths)]
}

/**
 * Size of what the renderer ships (dist/renderer, built by scripts/build.mjs): JavaScript and
 * CSS gzipped (-9, what a budget in "KB gzipped" means), fonts separately (already compressed
 * woff2/woff, so their raw size). The installed app needs electron-builder and an Electron
 * binary; where there is no binary that figure is reported as not buildable.
 */
export function benchSize(
  root: string,
  electronBinary: string | undefined,
): { figures: Figure[]; raw: unknown } {
  const files = filesIn(join(root, 'dist', 'renderer'))
  const js = files.filter((f) => extname(f) === '.js')
  const css = files.filter((f) => extname(f) === '.css')
  const woff2 = files.filter((f) => extname(f) === '.woff2')
  const woff = files.filter((f) => extname(f) === '.woff')
  const jsGz = gzipKb(js)
  const indexHtml = join(root, 'dist', 'renderer', 'index.html')
  const first = existsSync(indexHtml)
    ? firstScreenScripts(readFileSync(indexHtml, 'utf8')).map((f) =>
        join(root, 'dist', 'renderer', f),
      )
    : []
  const firstGz = gzipKb(first)
  const section = 'size'
  const release = join(root, 'release')
  const installers = filesIn(release).filter((f) => /\.(AppImage|deb|exe|dmg)$/.test(f))
  return {
    figures: [
      {
        section,
        name: `renderer JavaScript on the first screen, gzipped (${first.length} files, ${round(rawKb(first))} KB raw)`,
        value: round(firstGz),
        unit: 'KB',
        budget: `≤ ${BUDGET_JS_KB} KB`,
        pass: first.length > 0 && firstGz <= BUDGET_JS_KB,
      },
      {
        section,
        name: `renderer JavaScript in all, gzipped (${js.length} files, ${round(rawKb(js))} KB raw; the rest loads on first use)`,
        value: round(jsGz),
        unit: 'KB',
      },
      {
        section,
        name: `renderer CSS gzipped (${css.length} files)`,
        value: round(gzipKb(css)),
        unit: 'KB',
      },
      {
        section,
        name: `fonts woff2 (${woff2.length} files; loaded by the page)`,
        value: round(rawKb(woff2)),
        unit: 'KB',
      },
      {
        section,
        name: `fonts woff fallbacks (${woff.length} files; shipped, not loaded)`,
        value: round(rawKb(woff)),
        unit: 'KB',
      },
      installers.length > 0
        ? {
            section,
            name: 'installed app (largest installer in release/)',
            value: round(Math.max(...installers.map((f) => statSync(f).size)) / KB / KB),
            unit: 'MB',
          }
        : {
            section,
            name: 'installed app',
            value: 'not buildable here',
            unit: '',
            note: electronBinary
              ? 'run npm run dist first'
              : 'no Electron binary on this machine (electron-builder needs one)',
          },
    ],
    raw: {
      js: js.map((f) => f.slice(root.length + 1)),
      firstScreen: first.map((f) => f.slice(root.length + 1)),
      css: css.map((f) => f.slice(root.length + 1)),
    },
  }
}
