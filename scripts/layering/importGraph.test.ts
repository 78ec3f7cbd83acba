import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  findCycles,
  importGraph,
  relativeImports,
  ruleBreaches,
  RENDERER_RULES,
} from './importGraph'

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

  it('finds nothing in the renderer that runs back up (components ↔ print, share → components)', () => {
    expect(ruleBreaches(importGraph(repo, ['renderer']), repo, RENDERER_RULES)).toEqual([])
  })

  it('fails on a component that imports print, type-only included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-rule-'))
    try {
      await mkdir(join(dir, 'renderer', 'components', 'Badge'), { recursive: true })
      await mkdir(join(dir, 'renderer', 'print'), { recursive: true })
      await writeFile(
        join(dir, 'renderer', 'components', 'Badge', 'Badge.ts'),
        "import type { SlipLine } from '../../print/slip'\nexport type B = SlipLine\n",
      )
      await writeFile(join(dir, 'renderer', 'print', 'slip.ts'), 'export type SlipLine = string\n')
      expect(ruleBreaches(importGraph(dir, ['renderer']), dir, RENDERER_RULES)).toEqual([
        `${join('renderer', 'components', 'Badge', 'Badge.ts')} → ${join('renderer', 'print', 'slip.ts')} (components never import print)`,
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
