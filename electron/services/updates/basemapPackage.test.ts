import { readFile } from 'node:fs/promises'
import { beforeEach, describe, expect, it } from 'vitest'
import { LIMITS } from '../../../common/update/manifest'
import { syntheticExtract } from '../../../tools/basemap/syntheticExtract'
import { deriveWalkGraph } from '../../../tools/basemap/walkGraph'
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
const graphText = JSON.stringify(deriveWalkGraph(map, [{ lng: site.lng, lat: site.lat }]).file)
const graphFile = (text = graphText): PackageInput => ({
  name: 'walkgraph.json',
  role: 'walkgraph',
  bytes: new TextEncoder().encode(text),
})
const withGraph = (version: number) =>
  contentOf(version, (c) => {
    c.basemap = { file: 'basemap.pmtiles', walkGraph: 'walkgraph.json' }
  })

describe('a package with a street map', () => {
  it('installs the map into the slot, where the served content finds it after a restart', async () => {
    await installVersion(env, 2, { files: [contentFile(withMap(2)), mapFile()] })
    const slot = await loadActiveSlot(env.dataDir)
    expect(slot?.content.basemap).toEqual({ file: 'basemap.pmtiles' })
    const path = slot!.files['basemap.pmtiles']!
    expect(new Uint8Array(await readFile(path))).toEqual(map)
  })

  it('installs the walking graph beside it', async () => {
    await installVersion(env, 2, { files: [contentFile(withGraph(2)), mapFile(), graphFile()] })
    const slot = await loadActiveSlot(env.dataDir)
    expect(slot?.content.basemap?.walkGraph).toBe('walkgraph.json')
    expect(await readFile(slot!.files['walkgraph.json']!, 'utf8')).toBe(graphText)
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
    [
      'a walking graph cut short',
      [contentFile(withGraph(2)), mapFile(), graphFile(graphText.slice(0, 200))],
      /the walking graph "walkgraph.json" is not JSON/,
    ],
    [
      'a walking graph whose edge names a missing node',
      [
        contentFile(withGraph(2)),
        mapFile(),
        graphFile(graphText.replace('"edges":[', '"edges":[0,99999999,10,0,')),
      ],
      /the walking graph "walkgraph.json": edge 0 joins node 99999999, which does not exist/,
    ],
    [
      'a walking graph over the size limit',
      [contentFile(withGraph(2)), mapFile(), graphFile(' '.repeat(LIMITS.walkGraphBytes + 1))],
      /walkgraph.json.*over the .* limit/,
    ],
    [
      'content naming a graph the package lacks',
      [contentFile(withGraph(2)), mapFile()],
      /names the walking graph "walkgraph.json" but the package does not carry it/,
    ],
  ])('refuses %s, with the reason', async (_, files, reason) => {
    const { root } = await buildPackage(env, 'stick', 2, { files: files as PackageInput[] })
    const checked = await checkPackage(env.deps, root, undefined)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.refusal.reason).toMatch(reason)
  })
})
