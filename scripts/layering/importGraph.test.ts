import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findCycles, importGraph, relativeImports } from './importGraph'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const LAYERS = ['common', 'electron', 'renderer', 'tools']

describe('import loops', () => {
  it('finds none in common/, electron/, renderer/ and tools/', () => {
    const graph = importGraph(repo, LAYERS)
    expect(graph.size).toBeGreaterThan(300)
    expect(findCycles(graph, repo)).toEqual([])
  })

  it('fails on a deliberately wrong import, type-only imports included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-loop-'))
    try {
      await mkdir(join(dir, 'electron', 'services', 'admin'), { recursive: true })
      await writeFile(
        join(dir, 'electron', 'services', 'kioskServices.ts'),
        "import type { AdminService } from './admin/adminService'\nexport type S = AdminService\n",
      )
      await writeFile(
        join(dir, 'electron', 'services', 'admin', 'adminService.ts'),
        "import type { S } from '../kioskServices'\nexport type AdminService = { s?: S }\n",
      )
      await writeFile(join(dir, 'electron', 'services', 'alone.ts'), 'export const a = 1\n')
      const cycles = findCycles(importGraph(dir, LAYERS), dir)
      expect(cycles).toEqual([
        [
          join('electron', 'services', 'admin', 'adminService.ts'),
          join('electron', 'services', 'kioskServices.ts'),
          join('electron', 'services', 'admin', 'adminService.ts'),
        ],
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('reads static, re-export, side-effect and dynamic imports, but not packages', () => {
    const source = [
      "import { a } from './a'",
      "import type {\n  B,\n} from '../b'",
      "export * from './c'",
      "import './d.css'",
      "const e = await import('./e')",
      "import { z } from 'zod'",
    ].join('\n')
    expect(relativeImports(source).sort()).toEqual(['../b', './a', './c', './d.css', './e'])
  })
})
