import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

/** Every relative module a source file imports or re-exports, type-only imports included. */
export function relativeImports(source: string): string[] {
  const specifiers: string[] = []
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"](\.{1,2}\/[^'"]*)['"]/g,
    /\bimport\s*['"](\.{1,2}\/[^'"]*)['"]/g,
    /\bimport\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)/g,
  ]
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) specifiers.push(match[1]!)
  }
  return specifiers
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx']

function resolveModule(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier)
  for (const ext of ['', ...EXTENSIONS]) {
    const candidate = base + ext
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return undefined
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return []
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** The import graph of the TypeScript files under `folders` (file → files it imports). */
export function importGraph(root: string, folders: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of folders.flatMap((folder) => sourceFiles(join(root, folder)))) {
    const targets = relativeImports(readFileSync(file, 'utf8'))
      .map((specifier) => resolveModule(file, specifier))
      .filter((target): target is string => target !== undefined)
    graph.set(file, [...new Set(targets)])
  }
  return graph
}

/**
 * Every import loop in the graph, each as the files around it (relative to `root`, the first
 * file repeated at the end). A loop is reported once, from the file where the search met it.
 */
export function findCycles(
  graph: ReadonlyMap<string, readonly string[]>,
  root: string,
): string[][] {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const cycles: string[][] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      const seen = state.get(next)
      if (seen === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next]
        cycles.push(loop.map((f) => relative(root, f)))
      } else if (seen === undefined) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file)
  return cycles
}

/** A rule of the form "files under `from` never import files under `to`" (folders, root-relative). */
export type ImportRule = { from: string; to: string; why: string }

/**
 * Imports inside the renderer that would run back up: shared parts (components) below the
 * outputs built on them (print, share), and those outputs below the screens. A component that
 * needs a print or share helper means the helper belongs lower (common/present).
 */
export const RENDERER_RULES: readonly ImportRule[] = [
  { from: 'renderer/components', to: 'renderer/print', why: 'components never import print' },
  { from: 'renderer/components', to: 'renderer/screens', why: 'components never import screens' },
  { from: 'renderer/print', to: 'renderer/components', why: 'print never imports components' },
  { from: 'renderer/print', to: 'renderer/screens', why: 'print never imports screens' },
  { from: 'renderer/share', to: 'renderer/components', why: 'share never imports components' },
  { from: 'renderer/share', to: 'renderer/screens', why: 'share never imports screens' },
]

/** Every import that breaks one of `rules`, as "file → target (why)", paths relative to `root`. */
export function ruleBreaches(
  graph: ReadonlyMap<string, readonly string[]>,
  root: string,
  rules: readonly ImportRule[],
): string[] {
  const under = (file: string, folder: string) =>
    relative(root, file).split(sep).join('/').startsWith(`${folder}/`)
  const breaches: string[] = []
  for (const [file, targets] of [...graph].sort(([a], [b]) => a.localeCompare(b))) {
    for (const target of targets) {
      for (const rule of rules) {
        if (under(file, rule.from) && under(target, rule.to)) {
          breaches.push(`${relative(root, file)} → ${relative(root, target)} (${rule.why})`)
        }
      }
    }
  }
  return breaches
}
