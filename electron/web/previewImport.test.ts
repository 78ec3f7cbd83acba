import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importWorkbookPreview } from './previewWatch'

/**
 * Finding 2 of issue 23: the `.xlsx` preview ran `sheet import` in a child process with no time
 * limit or memory cap, so a far-cell workbook held the preview (and gigabytes) for good. The
 * import's own caps are tested through the CLI in tools/sheet/sheetCaps.test.ts; here stand-in
 * commands that never end or never stop allocating prove the limits that catch what caps miss.
 */
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'preview-import-'))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

describe('the workbook preview import', () => {
  it('stops an import that runs past the time limit, saying so', async () => {
    const stuck = join(dir, 'stuck.mjs')
    await writeFile(stuck, 'setInterval(() => {}, 1000)\n')
    const problems = await importWorkbookPreview(join(dir, 'a.xlsx'), stuck, {
      timeoutMs: 500,
      maxOldSpaceMb: 256,
    })
    expect(problems).toEqual([
      {
        severity: 'error',
        path: join(dir, 'a.xlsx'),
        message: expect.stringContaining('the import took longer than 1 s and was stopped'),
      },
    ])
  })

  it('stops an import that needs more memory than the cap, saying so', async () => {
    const hungry = join(dir, 'hungry.mjs')
    await writeFile(hungry, 'const keep = []\nfor (;;) keep.push(new Array(1e5).fill({}))\n')
    const problems = await importWorkbookPreview(join(dir, 'b.xlsx'), hungry, {
      timeoutMs: 60_000,
      maxOldSpaceMb: 32,
    })
    expect(problems).toEqual([
      {
        severity: 'error',
        path: join(dir, 'b.xlsx'),
        message: expect.stringContaining('needed more than 32 MB of memory and was stopped'),
      },
    ])
  })
})
