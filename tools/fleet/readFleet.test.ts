import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { KIOSK_STATUS_MAX_BYTES } from '../../common/fleet/kioskStatus'
import { readFleet } from './readFleet'
import { sampleStatus } from './sampleStatus'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fleet-read-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** Writes `<root>/<folder>/KIOSK-STATUS/<name>` and returns nothing: the reader finds it. */
function put(folder: string, name: string, text: string): void {
  mkdirSync(join(root, folder, 'KIOSK-STATUS'), { recursive: true })
  writeFileSync(join(root, folder, 'KIOSK-STATUS', name), text)
}
const status = (id: string, writtenAt = '2026-12-07T01:00:00.000Z', extra = {}) =>
  JSON.stringify(sampleStatus(id, writtenAt, extra))

describe('readFleet', () => {
  it('reads every status file of every folder, and the package manifest beside them', async () => {
    put('share', 'k1.json', status('k1'))
    put('share', 'k2.json', status('k2'))
    put('other', 'k3.json', status('k3'))
    mkdirSync(join(root, 'share', 'KIOSK-UPDATE'))
    writeFileSync(
      join(root, 'share', 'KIOSK-UPDATE', 'manifest.json'),
      JSON.stringify({
        format: 'relief-kiosk-update/1',
        compatible: [1],
        contentVersion: 14,
        createdAt: '2026-12-06T10:00:00+08:00',
        files: [{ name: 'content.json', sha256: 'b'.repeat(64), size: 10, role: 'content' }],
        targets: ['k1'],
      }),
    )
    const fleet = await readFleet(['share', 'other'], root)
    expect(fleet.statuses.map((s) => s.status.kioskId).sort()).toEqual(['k1', 'k2', 'k3'])
    expect(fleet.statuses.find((s) => s.status.kioskId === 'k3')?.file).toBe(
      join('other', 'KIOSK-STATUS', 'k3.json'),
    )
    expect(fleet.problems).toEqual([])
    expect(fleet.packages).toEqual([
      { file: join('share', 'KIOSK-UPDATE', 'manifest.json'), contentVersion: 14, targets: ['k1'] },
    ])
  })

  it('accepts the KIOSK-STATUS folder itself', async () => {
    put('share', 'k1.json', status('k1'))
    const fleet = await readFleet([join('share', 'KIOSK-STATUS')], root)
    expect(fleet.statuses).toHaveLength(1)
  })

  it('names malformed, partial, empty, oversized and unknown-format files and goes on', async () => {
    put('share', 'good.json', status('good'))
    put('share', 'partial.json', status('partial').slice(0, 120))
    put('share', 'empty.json', '')
    put('share', 'big.json', ' '.repeat(KIOSK_STATUS_MAX_BYTES + 1))
    put(
      'share',
      'newer.json',
      JSON.stringify({ ...sampleStatus('newer', '2026-12-07T01:00:00Z'), format: 2 }),
    )
    put(
      'share',
      'wrong.json',
      status('wrong', '2026-12-07T01:00:00.000Z', { printer: { state: 'on-fire', since: null } }),
    )
    put(
      'share',
      'visitor.json',
      JSON.stringify({ ...sampleStatus('visitor', '2026-12-07T01:00:00Z'), answers: ['x'] }),
    )
    // A sync engine's temporary file is not a status file yet.
    put('share', '.syncthing.good.json.tmp', 'garbage')
    const fleet = await readFleet(['share'], root)
    expect(fleet.statuses.map((s) => s.status.kioskId)).toEqual(['good'])
    const byFile = Object.fromEntries(fleet.problems.map((p) => [p.file.split('/').pop(), p]))
    expect(Object.keys(byFile).sort()).toEqual([
      'big.json',
      'empty.json',
      'newer.json',
      'partial.json',
      'visitor.json',
      'wrong.json',
    ])
    expect(byFile['partial.json']).toMatchObject({ kind: 'malformed', reason: /not JSON/ })
    expect(byFile['empty.json']).toMatchObject({ kind: 'malformed', reason: /empty/ })
    expect(byFile['big.json']).toMatchObject({ kind: 'unreadable', reason: /larger than/ })
    expect(byFile['newer.json']).toMatchObject({
      kind: 'unknown-format',
      reason: /unknown status format 2/,
    })
    expect(byFile['wrong.json']).toMatchObject({ kind: 'malformed', reason: /printer\.state/ })
    expect(byFile['visitor.json']).toMatchObject({ kind: 'malformed' })
  })

  it('refuses links and folders named like status files', async () => {
    put('share', 'real.json', status('real'))
    symlinkSync(
      join(root, 'share', 'KIOSK-STATUS', 'real.json'),
      join(root, 'share', 'KIOSK-STATUS', 'link.json'),
    )
    mkdirSync(join(root, 'share', 'KIOSK-STATUS', 'dir.json'))
    const fleet = await readFleet(['share'], root)
    expect(fleet.statuses.map((s) => s.file.split('/').pop())).toEqual(['real.json'])
    expect(fleet.problems).toEqual([
      expect.objectContaining({
        kind: 'unreadable',
        file: join('share', 'KIOSK-STATUS', 'link.json'),
      }),
    ])
  })

  it('keeps the newest statement of a kiosk found twice and names the other', async () => {
    put('a', 'k1.json', status('k1', '2026-12-07T01:00:00.000Z'))
    put('b', 'k1.json', status('k1', '2026-12-07T01:30:00.000Z'))
    // Syncthing's conflict copy: same kiosk, another name.
    put(
      'b',
      'k1.sync-conflict-20261207-010000-ABCDEF.json',
      status('k1', '2026-12-06T23:00:00.000Z'),
    )
    const fleet = await readFleet(['a', 'b'], root)
    expect(fleet.statuses).toHaveLength(1)
    expect(fleet.statuses[0]?.status.writtenAt).toBe('2026-12-07T01:30:00.000Z')
    expect(fleet.problems.map((p) => [p.file, p.kind]).sort()).toEqual([
      [join('a', 'KIOSK-STATUS', 'k1.json'), 'duplicate'],
      [join('b', 'KIOSK-STATUS', 'k1.sync-conflict-20261207-010000-ABCDEF.json'), 'duplicate'],
      [join('b', 'KIOSK-STATUS', 'k1.sync-conflict-20261207-010000-ABCDEF.json'), 'misnamed'],
    ])
  })

  it('a missing folder is named, not fatal; an unreadable manifest is simply no package', async () => {
    put('share', 'k1.json', status('k1'))
    mkdirSync(join(root, 'share', 'KIOSK-UPDATE'))
    writeFileSync(join(root, 'share', 'KIOSK-UPDATE', 'manifest.json'), '{"half":')
    const fleet = await readFleet(['nowhere', 'share'], root)
    expect(fleet.problems).toEqual([
      { file: 'nowhere', kind: 'unreadable', reason: 'no such folder' },
    ])
    expect(fleet.statuses).toHaveLength(1)
    expect(fleet.packages).toEqual([])
  })
})
