import { readFile } from 'node:fs/promises'
import { beforeEach, describe, expect, it } from 'vitest'
import { syntheticExtract } from '../../../tools/basemap/syntheticExtract'
import { checkPackage } from './installer'
import type { PackageInput } from './packageBuilder'
import { loadActiveSlot } from './slots'
import {
  buildPackage,
  contentFile,
  contentOf,
  installVersion,
  makeKiosk,
  type KioskEnv,
} from './testing/packageFixtures'

/**
 * A street map travels as a signed `basemap` file: installed into the slot like any content file
 * (hashed, re-verified at start-up), and refused when it is not a PMTiles v3 vector archive or
 * when the content and the package disagree about it.
 */
let env: KioskEnv
beforeEach(async () => {
  env = await makeKiosk()
})

const site = contentOf(1).kioskSites[0]!.geo!
const map = syntheticExtract({ anchors: [{ lng: site.lng, lat: site.lat }], minZoom: 14 })
const mapFile = (bytes: Uint8Array = map): PackageInput => ({
  name: 'basemap.pmtiles',
  role: 'basemap',
  bytes,
})
const withMap = (version: number) =>
  contentOf(version, (c) => {
    c.basemap = { file: 'basemap.pmtiles' }
  })

describe('a package with a street map', () => {
  it('installs the map into the slot, where the served content finds it after a restart', async () => {
    await installVersion(env, 2, { files: [contentFile(withMap(2)), mapFile()] })
    const slot = await loadActiveSlot(env.dataDir)
    expect(slot?.content.basemap).toEqual({ file: 'basemap.pmtiles' })
    const path = slot!.files['basemap.pmtiles']!
    expect(new Uint8Array(await readFile(path))).toEqual(map)
  })

  it.each([
    [
      'a file that is not PMTiles',
      [contentFile(withMap(2)), mapFile(new TextEncoder().encode('x'.repeat(400)))],
      /street map "basemap.pmtiles" is not a PMTiles file/,
    ],
    [
      'a map the content does not name',
      [contentFile(contentOf(2)), mapFile()],
      /carries the street map "basemap.pmtiles" but the content does not name it/,
    ],
    [
      'content naming a map the package lacks',
      [contentFile(withMap(2))],
      /names the street map "basemap.pmtiles" but the package does not carry it/,
    ],
  ])('refuses %s, with the reason', async (_, files, reason) => {
    const { root } = await buildPackage(env, 'stick', 2, { files: files as PackageInput[] })
    const checked = await checkPackage(env.deps, root, undefined)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.refusal.reason).toMatch(reason)
  })
})
