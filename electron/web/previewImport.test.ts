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
  it.each([
    [
      'stops an import that runs past the time limit, saying so',
      'setInterval(() => {}, 1000)\n',
      { timeoutMs: 500, maxOldSpaceMb: 256 },
      'the import took longer than 1 s and was stopped',
    ],
    [
      'stops an import that needs more memory than the cap, saying so',
      'const keep = []\nfor (;;) keep.push(new Array(1e5).fill({}))\n',
      { timeoutMs: 60_000, maxOldSpaceMb: 32 },
      'needed more than 32 MB of memory and was stopped',
    ],
  ])('%s', async (_, script, limits, message) => {
    const standIn = join(dir, `stand-in-${limits.maxOldSpaceMb}.mjs`)
    await writeFile(standIn, script)
    const workbook = join(dir, 'content.xlsx')
    expect(await importWorkbookPreview(workbook, standIn, limits)).toEqual([
      { severity: 'error', path: workbook, message: expect.stringContaining(message) },
    ])
  })
})
