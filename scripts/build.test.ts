import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newestMtime, rendererIsFresh, webHostIsFresh } from './build.mjs'

let base: string
const at = (seconds: number) => new Date(1_700_000_000_000 + seconds * 1000)

async function touch(path: string, seconds: number) {
  await writeFile(path, 'x')
  await utimes(path, at(seconds), at(seconds))
}

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'kiosk-build-'))
  await mkdir(join(base, 'renderer', 'screens'), { recursive: true })
  await mkdir(join(base, 'common'), { recursive: true })
  await mkdir(join(base, 'dist', 'renderer'), { recursive: true })
  await touch(join(base, 'renderer', 'screens', 'Home.tsx'), 10)
  await touch(join(base, 'common', 'schema.ts'), 10)
  await touch(join(base, 'package.json'), 10)
  for (const dir of ['renderer', 'renderer/screens', 'common']) {
    await utimes(join(base, dir), at(10), at(10))
  }
})

afterEach(() => rm(base, { recursive: true, force: true }))

describe('rendererIsFresh', () => {
  it('is false when nothing was built yet', () => {
    expect(rendererIsFresh(base)).toBe(false)
  })

  it('is true when dist is newer than every source', async () => {
    await touch(join(base, 'dist', 'renderer', 'index.html'), 20)
    expect(rendererIsFresh(base)).toBe(true)
  })

  it('is false after a source deep in the renderer changes', async () => {
    await touch(join(base, 'dist', 'renderer', 'index.html'), 20)
    await touch(join(base, 'renderer', 'screens', 'Home.tsx'), 30)
    expect(rendererIsFresh(base)).toBe(false)
  })

  it('is false after a shared common/ module changes', async () => {
    await touch(join(base, 'dist', 'renderer', 'index.html'), 20)
    await touch(join(base, 'common', 'schema.ts'), 25)
    expect(rendererIsFresh(base)).toBe(false)
  })
})

describe('newestMtime', () => {
  it('is 0 for a missing path', () => {
    expect(newestMtime(join(base, 'nope'))).toBe(0)
  })
})

describe('webHostIsFresh', () => {
  beforeEach(async () => {
    await mkdir(join(base, 'electron', 'web'), { recursive: true })
    await touch(join(base, 'electron', 'web', 'server.ts'), 10)
    await mkdir(join(base, 'dist', 'web'), { recursive: true })
    await utimes(join(base, 'electron', 'web'), at(10), at(10))
    await utimes(join(base, 'electron'), at(10), at(10))
  })

  it('is false when the host was never bundled', () => {
    expect(webHostIsFresh(base)).toBe(false)
  })

  it('is true when the bundle is newer than every host source', async () => {
    await touch(join(base, 'dist', 'web', 'cli.mjs'), 20)
    expect(webHostIsFresh(base)).toBe(true)
  })

  it('is false after a host or service source changes', async () => {
    await touch(join(base, 'dist', 'web', 'cli.mjs'), 20)
    await touch(join(base, 'electron', 'web', 'server.ts'), 30)
    expect(webHostIsFresh(base)).toBe(false)
  })
})
