import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HostNotice } from '../../common/api/kioskApi'
import type { Problem } from '../../common/content/check'
import type { ReloadResult } from '../services/contentService'
import {
  importProblems,
  previewAtStart,
  refreshPreview,
  watchPreview,
  withPreviewNotices,
} from './previewWatch'
import { fakeServices } from '../serve/testSupport'

const bad: Problem = { severity: 'error', path: 'phones[0].number', message: 'too short' }
const warn: Problem = { severity: 'warning', path: 'dataset.sample', message: 'sample' }
const result = (problems: Problem[]): ReloadResult => ({ changed: false, problems })

describe('refreshPreview', () => {
  it('publishes the errors that kept the file off screen, not its warnings', async () => {
    const published: Problem[][] = []
    const options = {
      file: 'c.json',
      publish: (p: Problem[]) => published.push(p),
      log: () => {},
    }
    await refreshPreview({ ...options, reload: async () => result([bad, warn]) })
    await refreshPreview({ ...options, reload: async () => result([warn]) })
    expect(published).toEqual([[bad], []])
  })

  it('does not reload when a workbook cannot be imported', async () => {
    let reloads = 0
    const published: Problem[][] = []
    await refreshPreview({
      file: 'c.xlsx',
      convert: async () => [bad],
      reload: async () => (reloads++, result([])),
      publish: (p) => published.push(p),
      log: () => {},
    })
    expect(reloads).toBe(0)
    expect(published).toEqual([[bad]])
  })
})

describe('importProblems', () => {
  it('turns the import command’s cell lines into problems', () => {
    const stderr =
      '地点!F7: 错误 应为数字 / error must be a number\n未写入任何文件 / nothing written\n'
    expect(importProblems(stderr)).toEqual([
      { severity: 'error', path: '地点!F7', message: '错误 应为数字 / error must be a number' },
    ])
  })
})

describe('watchPreview', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiosk-preview-'))
  })
  afterEach(async () => rm(dir, { recursive: true, force: true }))

  it('refreshes when an editor replaces the file by renaming a temporary one over it', async () => {
    const file = join(dir, 'content.json')
    await writeFile(file, '{}')
    let published!: (p: Problem[]) => void
    const seen = new Promise<Problem[]>((resolve) => (published = resolve))
    const watcher = watchPreview({
      file,
      reload: async () => result([bad]),
      publish: (p) => published(p),
      log: () => {},
      settleMs: 0,
    })
    try {
      await writeFile(join(dir, 'other.txt'), 'not watched')
      await writeFile(join(dir, '.content.json.tmp'), '{"x":1}')
      await rename(join(dir, '.content.json.tmp'), file)
      expect(await seen).toEqual([bad])
    } finally {
      watcher.close()
    }
  })
})

describe('withPreviewNotices', () => {
  it('sends problems to subscribers and replays the latest to a page that connects later', () => {
    const { hosted, publish } = withPreviewNotices(fakeServices(), 'c.json')
    const early: HostNotice[] = []
    hosted.onNotice((n) => early.push(n))
    publish([bad])
    const late: HostNotice[] = []
    const off = hosted.onNotice((n) => late.push(n))
    const notice = { kind: 'preview-problems', file: 'c.json', problems: [bad] }
    expect(early).toEqual([notice])
    expect(late).toEqual([notice])
    off()
    publish([])
    expect(late).toHaveLength(1)
    const after: HostNotice[] = []
    hosted.onNotice((n) => after.push(n))
    expect(after).toEqual([])
  })
})

describe('previewAtStart', () => {
  const reload = async () => result([bad, warn])
  it('says nothing when the file is on screen', async () => {
    expect(
      await previewAtStart({ file: 'c.json', source: 'preview', converted: [], reload }),
    ).toEqual([])
  })
  it('gives the import’s problems, else the checker’s errors, else a plain sentence', async () => {
    const cell: Problem = { severity: 'error', path: '地点!F7', message: 'not a number' }
    expect(
      await previewAtStart({ file: 'c.xlsx', source: 'factory', converted: [cell], reload }),
    ).toEqual([cell])
    expect(
      await previewAtStart({ file: 'c.json', source: 'factory', converted: [], reload }),
    ).toEqual([bad])
    const quiet = async () => result([])
    expect(
      await previewAtStart({ file: 'c.json', source: 'factory', converted: [], reload: quiet }),
    ).toEqual([{ severity: 'error', path: 'c.json', message: 'the file could not be shown' }])
  })
})
