import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { readDurable } from './durableFile'
import { jsonParserFor } from './durableStore'

const writer = fileURLToPath(new URL('./testing/crashWriter.ts', import.meta.url))
const stateSchema = z.object({ seq: z.number().int(), pad: z.string().min(4096) }).strict()

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durable-crash-'))
  file = join(dir, 'state.json')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/**
 * Runs the writer and SIGKILLs it as soon as `killWhen` accepts a line it printed. Returns the
 * last "wrote N" seen when the kill was sent, and the last one the writer printed at all (writes
 * may complete between the parent reading a line and the kill landing).
 */
function runAndKill(
  args: string[],
  killWhen: (line: string) => boolean,
): Promise<{ atKill: number; completed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let atKill = 0
    let completed = 0
    let killed = false
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    createInterface({ input: child.stdout }).on('line', (line) => {
      const wrote = /^wrote (\d+)$/.exec(line)
      if (wrote) completed = Number(wrote[1])
      if (wrote && !killed) atKill = completed
      if (!killed && killWhen(line)) {
        killed = true
        child.kill('SIGKILL')
      }
    })
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL') resolve({ atKill, completed })
      else reject(new Error(`writer exited on its own: ${stderr}`))
    })
  })
}

const recover = () =>
  readDurable(file, jsonParserFor(stateSchema), { log: () => {}, defaults: () => null })

describe('writeFileDurable survives a killed process', () => {
  for (const after of [1, 7, 30]) {
    it(`a writer killed mid-loop after ${after} writes leaves an old or new whole state`, async () => {
      const { atKill, completed } = await runAndKill(['loop'], (line) => line === `wrote ${after}`)
      const result = await recover()
      expect(result.value).not.toBeNull()
      // The last state the writer completed, or the one it was writing when killed.
      expect(atKill).toBe(after)
      expect(result.value?.seq).toBeGreaterThanOrEqual(completed)
      expect(result.value?.seq).toBeLessThanOrEqual(completed + 1)
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    })
  }

  const points = ['backup', 'main'].flatMap((phase) =>
    ['temp-written', 'temp-synced', 'renamed', 'folder-synced'].map((step) => `${phase}:${step}`),
  )
  for (const point of points) {
    it(`a writer killed at ${point} of write 3 leaves state 2 or 3`, async () => {
      await runAndKill(['pause', point, '3'], (line) => line === 'paused')
      const result = await recover()
      expect([2, 3]).toContain(result.value?.seq)
      if (point === 'main:renamed' || point === 'main:folder-synced') {
        expect(result.value?.seq).toBe(3)
      }
    })
  }
})
