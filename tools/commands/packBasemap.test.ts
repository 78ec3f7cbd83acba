import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { validContent } from '../../common/content/fixtures/validContent'
import { readWalkGraph } from '../../common/map/walkGraph'
import { manifestSchema } from '../../common/update/manifest'
import { syntheticExtract } from '../basemap/syntheticExtract'
import { main } from '../cli'
import { captureIO } from '../testIO'
import { packWalkGraph } from './packBasemap'

let dir: string
let secret: string
let pub: string
async function cli(...args: string[]) {
  const io = captureIO(dir)
  const code = await main(args, io)
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') }
}
const pack = (...extra: string[]) =>
  cli(
    'pack',
    '--content',
    'content.json',
    '--key',
    secret,
    '--version',
    '3',
    '--out',
    'stick',
    ...extra,
  )

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-pack-basemap-'))
  await writeFile(join(dir, 'content.json'), JSON.stringify(validContent, null, 2))
  const keys = await cli('keygen', '--out', 'office')
  const keyId = /key id: +([0-9A-F]{16})/.exec(keys.stdout)![1]!
  secret = join('office', `${keyId}.key`)
  pub = join('office', `${keyId}.pub`)
  const site = validContent.kioskSites[0]!.geo!
  await writeFile(
    join(dir, 'city.pmtiles'),
    syntheticExtract({ anchors: [{ lng: site.lng, lat: site.lat }], minZoom: 14 }),
  )
  await writeFile(
    join(dir, 'elsewhere.pmtiles'),
    syntheticExtract({ anchors: [{ lng: 116.4, lat: 39.9 }], minZoom: 14 }),
  )
  await writeFile(join(dir, 'roads.geojson'), '{"type":"FeatureCollection","features":[]}')
  await mkdir(join(dir, 'a-folder.pmtiles'))
})

describe('kiosk-content pack --basemap', () => {
  it('signs the street map into the package as a hashed basemap file the content names; verify accepts it', async () => {
    const packed = await pack('--basemap', 'city.pmtiles')
    expect(packed.stderr).toBe('')
    expect(packed.code).toBe(0)
    expect(packed.stdout).toMatch(
      /street map: [\d.]+ KB, zoom 14–15, covers \d+ of \d+ sites and places/,
    )
    expect(packed.stdout).toMatch(
      /walking graph: [\d.]+ KB, \d+ street segments from \d+ tiles at zoom 15/,
    )
    const root = join(dir, 'stick', 'KIOSK-UPDATE')
    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')),
    )
    const map = manifest.files.find((f) => f.role === 'basemap')
    expect(map).toMatchObject({
      name: 'basemap.pmtiles',
      size: (await readFile(join(dir, 'city.pmtiles'))).length,
    })
    const content = manifest.files.find((f) => f.role === 'content')!
    const packedContent = JSON.parse(
      await readFile(join(root, 'files', `${content.sha256}.json`), 'utf8'),
    )
    expect(packedContent.basemap).toEqual({
      file: 'basemap.pmtiles',
      walkGraph: 'walkgraph.json',
    })
    const graph = manifest.files.find((f) => f.role === 'walkgraph')!
    expect(graph.name).toBe('walkgraph.json')
    const read = readWalkGraph(
      await readFile(join(root, 'files', `${graph.sha256}.json`), 'utf8'),
      graph.name,
    )
    expect(read.ok && read.graph.from.length).toBeGreaterThan(20)
    const verified = await cli('verify', 'stick', '--pubkey', pub)
    expect(verified.stdout).toContain('OK: content version 3')
  })

  it('refuses, naming the file and why, anything that is not a usable extract of this city', async () => {
    const cases: [string, RegExp][] = [
      [
        'roads.geojson',
        /roads\.geojson is too short to be a PMTiles file|roads\.geojson is not a PMTiles file/,
      ],
      ['nowhere.pmtiles', /nowhere\.pmtiles is missing or not a regular file/],
      ['a-folder.pmtiles', /a-folder\.pmtiles is missing or not a regular file/],
      ['elsewhere.pmtiles', /elsewhere\.pmtiles covers .* which misses every kiosk site and place/],
    ]
    for (const [file, reason] of cases) {
      const refused = await pack('--basemap', file, '--out', `stick-${file}`)
      expect(refused.code, file).toBe(1)
      expect(refused.stderr).toMatch(reason)
      expect(refused.stderr).toMatch(/nothing was packed$/)
    }
  })
})

describe('packWalkGraph', () => {
  it('leaves the graph out, saying why and what the kiosk does instead, when it cannot be made', () => {
    const site = validContent.kioskSites[0]!.geo!
    const map = syntheticExtract({ anchors: [{ lng: site.lng, lat: site.lat }], minZoom: 14 })
    map[98] = 3 // tiles compressed with brotli: not what a Protomaps extract carries
    const packed = packWalkGraph(map, validContent)
    expect(packed.file).toBeUndefined()
    expect(packed.summary).toBe(
      'walking graph: not made (the street map uses a compression other than gzip (re-run pmtiles extract from a Protomaps build)); the kiosk draws straight lines where the office gave no route',
    )
  })
})
