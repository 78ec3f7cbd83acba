import { dirname } from 'node:path'
import type { DurableFs } from '../durableFs'

/** What a power cut does to bytes that were written but never fsynced. */
export type UnsyncedFate = 'intact' | 'empty' | 'nul-filled' | 'truncated' | 'garbage'
export const UNSYNCED_FATES: readonly UnsyncedFate[] = [
  'intact',
  'empty',
  'nul-filled',
  'truncated',
  'garbage',
]

interface Inode {
  data: Uint8Array
  /** The bytes known to be on the disk (set by fsync); null until the first fsync. */
  synced: Uint8Array | null
}

function applyFate(data: Uint8Array, fate: UnsyncedFate): Uint8Array {
  switch (fate) {
    case 'intact':
      return data
    case 'empty':
      return new Uint8Array()
    case 'nul-filled':
      return new Uint8Array(data.length)
    case 'truncated':
      return data.slice(0, Math.floor(data.length / 2))
    case 'garbage':
      return data.map((_, i) => (i * 131 + 7) % 256)
  }
}

/**
 * An in-memory model of a disk that loses what was not synced when the power goes: file bytes
 * survive only after fsync of the file, and names (creates, renames, deletes) only after fsync of
 * their folder. `powerCut()` returns the disk as it would be after a reboot; the old instance
 * fails every further call, like the process that died. Used to prove the durable-write scheme
 * step by step, which a real disk cannot show (its page cache survives a killed process).
 */
export class PowerCutFs implements DurableFs {
  private live = new Map<string, Inode>()
  private onDisk = new Map<string, Inode>()
  private dead = false

  private alive(): void {
    if (this.dead) throw new Error('the power is off')
  }

  async createFile(path: string, data: Uint8Array): Promise<void> {
    this.alive()
    if (this.live.has(path)) throw Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' })
    this.live.set(path, { data: data.slice(), synced: null })
  }

  async syncFile(path: string): Promise<void> {
    this.alive()
    const inode = this.live.get(path)
    if (!inode) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
    inode.synced = inode.data.slice()
  }

  async rename(from: string, to: string): Promise<void> {
    this.alive()
    const inode = this.live.get(from)
    if (!inode) throw Object.assign(new Error(`ENOENT: ${from}`), { code: 'ENOENT' })
    this.live.delete(from)
    this.live.set(to, inode)
  }

  async syncFolder(dir: string): Promise<void> {
    this.alive()
    for (const path of [...this.onDisk.keys()]) {
      if (dirname(path) === dir) this.onDisk.delete(path)
    }
    for (const [path, inode] of this.live) {
      if (dirname(path) === dir) this.onDisk.set(path, inode)
    }
  }

  async readFile(path: string): Promise<Uint8Array | null> {
    this.alive()
    return this.live.get(path)?.data.slice() ?? null
  }

  async remove(path: string): Promise<void> {
    this.alive()
    this.live.delete(path)
  }

  async list(dir: string): Promise<string[]> {
    this.alive()
    return [...this.live.keys()]
      .filter((p) => dirname(p) === dir)
      .map((p) => p.slice(dir.length + 1))
  }

  /** Puts bytes straight into the model as if long on disk (test set-up). */
  seed(path: string, data: Uint8Array): void {
    const inode = { data: data.slice(), synced: data.slice() }
    this.live.set(path, inode)
    this.onDisk.set(path, inode)
  }

  /** Cuts the power: returns the disk after reboot, with unsynced bytes meeting `fate`. */
  powerCut(fate: UnsyncedFate): PowerCutFs {
    this.dead = true
    const after = new PowerCutFs()
    for (const [path, inode] of this.onDisk) {
      after.seed(path, inode.synced ?? applyFate(inode.data, fate))
    }
    return after
  }

  /** Names present right now (for assertions). */
  names(): string[] {
    return [...this.live.keys()].sort()
  }
}
