import type { FileHandle } from 'node:fs/promises'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createNodeDurableFs } from './durableFs'

const refusing = (code: string) => async (): Promise<FileHandle> => {
  throw Object.assign(new Error(`${code}: cannot open folder`), { code })
}

describe('createNodeDurableFs().syncFolder', () => {
  it('syncs a real folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'durable-fs-'))
    await expect(createNodeDurableFs().syncFolder(dir)).resolves.toBeUndefined()
    await rm(dir, { recursive: true })
  })

  it('tolerates EPERM and EISDIR on Windows, where folders cannot be opened for fsync', async () => {
    for (const code of ['EPERM', 'EISDIR']) {
      await expect(
        createNodeDurableFs('win32', refusing(code)).syncFolder('C:\\data'),
      ).resolves.toBeUndefined()
    }
  })

  it('fails on other platforms and other errors, because the rename might not survive', async () => {
    await expect(
      createNodeDurableFs('linux', refusing('EPERM')).syncFolder('/data'),
    ).rejects.toThrow('EPERM')
    await expect(
      createNodeDurableFs('win32', refusing('EIO')).syncFolder('C:\\data'),
    ).rejects.toThrow('EIO')
  })
})

describe('createNodeDurableFs reads and lists', () => {
  it('reports a missing file as null and a missing folder as empty', async () => {
    const fs = createNodeDurableFs()
    expect(await fs.readFile('/nonexistent/kiosk/file.json')).toBeNull()
    expect(await fs.list('/nonexistent/kiosk')).toEqual([])
  })
})
