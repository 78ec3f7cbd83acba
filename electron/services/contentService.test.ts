import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as CheckModule from '../../common/content/check'
import type { HostNotice } from '../../common/api/kioskApi'
import type { Content } from '../../common/content/schema'
import {
  ContentUnavailableError,
  createContentService,
  type ContentServiceOptions,
} from './contentService'
import type { ActiveSlot } from './updates/slots'
import type { LogRecord } from './logger/logger'
import { createNoticeBus } from './noticeBus'
import { contentFixture, withDirectory } from './testing/contentFixture'

// Counts content validations, to show a checked slot is served without validating it again.
const validations = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../common/content/check', async (importOriginal) => {
  const actual = await importOriginal<typeof CheckModule>()
  return {
    ...actual,
    checkContentText: (...args: Parameters<typeof actual.checkContentText>) => {
      validations.count += 1
      return actual.checkContentText(...args)
    },
  }
})

let root: string
let factoryFile: string
let logs: LogRecord[]
let notices: HostNotice[]

const json = (version: number) => JSON.stringify(contentFixture(version))
const sha = (text: string) => createHash('sha256').update(text).digest('hex')

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'content-'))
  await mkdir(join(root, 'resources', 'content'), { recursive: true })
  factoryFile = join(root, 'resources', 'content', 'changchun.json')
  await writeFile(factoryFile, json(1))
  logs = []
  notices = []
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function open(extra: Partial<ContentServiceOptions> = {}) {
  const bus = createNoticeBus()
  bus.subscribe((n) => notices.push(n))
  return createContentService({
    dataDir: join(root, 'data'),
    resourcesDir: join(root, 'resources'),
    bus,
    log: (r) => logs.push(r),
    ...extra,
  })
}

/** A slot as the updates service hands it over: checked already, its content typed. */
const slotWith = (content: Content): ActiveSlot => ({
  slot: 'v4-0123abcd',
  dir: '/data/content-slots/v4-0123abcd',
  manifest: {} as ActiveSlot['manifest'],
  content,
  contentSha256: 'b'.repeat(64),
  contentFile: '/data/content-slots/v4-0123abcd/files/content.json',
  signerKeyId: 'RWQ-test-key',
  files: { 'maps/a.png': '/data/content-slots/v4-0123abcd/files/a.png' },
  fellBack: false,
  problems: [],
})

describe('contentService', () => {
  it('serves the factory content with its sha256 when no update is installed', async () => {
    const content = await open()
    expect(await content.get()).toEqual({
      content: contentFixture(1),
      source: 'factory',
      sha256: sha(json(1)),
    })
  })

  it('serves home its form without the directory, the same object until the content changes', async () => {
    const content = await open({
      slotLoader: async () => slotWith(withDirectory(contentFixture(4))),
    })
    const whole = await content.get()
    expect(whole.content.services.length).toBeGreaterThan(0)
    expect(whole.content.locations.length).toBeGreaterThan(0)
    const home = await content.home()
    // Of each service only what deciding "in force today" reads (contentHome.ts).
    const stubs = [{ id: 'bed-tonight', categoryIds: ['shelter'], status: 'active' }]
    expect(home).toEqual({
      ...whole,
      content: { ...whole.content, services: stubs, locations: [] },
    })
    expect(await content.home()).toBe(home)
    expect((await content.get()).content.services).toEqual(
      withDirectory(contentFixture(4)).services,
    )
    await content.useSlot(slotWith(contentFixture(9)))
    const next = await content.home()
    expect(next).toMatchObject({ source: 'update', sha256: 'b'.repeat(64), signer: 'RWQ-test-key' })
    expect(next.content.dataset.contentVersion).toBe(9)
    expect(next.content.services).toEqual([])
  })

  it('prefers the installed update slot and reports its signer', async () => {
    const content = await open({ slotLoader: async () => slotWith(contentFixture(4)) })
    const snapshot = await content.get()
    expect(snapshot).toMatchObject({ source: 'update', signer: 'RWQ-test-key' })
    expect(snapshot.content.dataset.contentVersion).toBe(4)
  })

  it("serves a checked slot's content and file table as they are, validating nothing again", async () => {
    validations.count = 0
    const content = await open({ slotLoader: async () => slotWith(contentFixture(4)) })
    expect(await content.served()).toMatchObject({
      snapshot: { sha256: 'b'.repeat(64) },
      slotFiles: { 'maps/a.png': '/data/content-slots/v4-0123abcd/files/a.png' },
    })
    await content.reload()
    expect(validations.count).toBe(0)
  })

  it('falls back to the factory content when the loader found no usable slot', async () => {
    // The loader (updates/slots.ts) validates the slot and says why it passed one over.
    const content = await open({ slotLoader: async () => null })
    expect(await content.served()).toMatchObject({ snapshot: { source: 'factory' } })
    expect((await content.served()).slotFiles).toBeUndefined()
  })

  it('serves a slot handed over after an install, and the factory again after useSlot(null)', async () => {
    const content = await open()
    notices = []
    await content.useSlot(slotWith(contentFixture(9)))
    expect((await content.get()).content.dataset.contentVersion).toBe(9)
    await content.useSlot(null)
    expect((await content.get()).source).toBe('factory')
    expect(notices).toEqual([
      { kind: 'content-changed', contentVersion: 9 },
      { kind: 'content-changed', contentVersion: 1 },
    ])
  })

  it('falls back to the factory content when the slot loader fails', async () => {
    const content = await open({
      slotLoader: async () => {
        throw new Error('slot pointer unreadable')
      },
    })
    expect((await content.get()).source).toBe('factory')
    expect(logs.map((r) => r.message).join()).toContain('slot pointer unreadable')
  })

  it('previews a content file ahead of everything else', async () => {
    const draft = join(root, 'draft.json')
    await writeFile(draft, json(8))
    const content = await open({
      contentFile: draft,
      slotLoader: async () => slotWith(contentFixture(4)),
    })
    expect(await content.get()).toMatchObject({ source: 'preview', sha256: sha(json(8)) })
  })

  it('on reload keeps the dataset on screen when its file turns invalid', async () => {
    const content = await open()
    await writeFile(factoryFile, '{"dataset": {')
    const result = await content.reload()
    expect(result.changed).toBe(false)
    expect(result.problems[0]?.path).toBe(`${factoryFile}:1:14`)
    expect(result.problems[0]?.message).toMatch(/invalid JSON/)
    expect((await content.get()).content.dataset.contentVersion).toBe(1)
    expect(notices).toEqual([{ kind: 'content-changed', contentVersion: 1 }])
  })

  it('on reload announces a changed dataset once, and not an unchanged one', async () => {
    const content = await open()
    notices = []
    expect((await content.reload()).changed).toBe(false)
    await writeFile(factoryFile, json(2))
    expect((await content.reload()).changed).toBe(true)
    expect(await content.reload()).toMatchObject({ changed: false })
    expect(notices).toEqual([{ kind: 'content-changed', contentVersion: 2 }])
    expect((await content.get()).sha256).toBe(sha(json(2)))
  })

  it('concurrent reloads announce one change once', async () => {
    const content = await open()
    notices = []
    await writeFile(factoryFile, json(3))
    const results = await Promise.all([content.reload(), content.reload(), content.reload()])
    expect(results.map((r) => r.changed)).toEqual([true, false, false])
    expect(notices).toEqual([{ kind: 'content-changed', contentVersion: 3 }])
  })

  it('with no valid content at all, get() explains each refusal instead of crashing', async () => {
    await writeFile(factoryFile, new Uint8Array([0xff, 0xfe]))
    const content = await open()
    const error = await content.get().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentUnavailableError)
    expect(String(error)).toContain(`${factoryFile}: not valid UTF-8 text`)
  })

  it('a missing factory file is reported, not thrown', async () => {
    await rm(factoryFile)
    const content = await open()
    await expect(content.get()).rejects.toThrow(/changchun\.json: cannot read the content/)
  })
})
