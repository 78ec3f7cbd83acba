import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { join } from 'node:path'
import { stopChild } from './kioskHost'

// A real Syncthing (Debian's 1.19.2) for the fleet e2e: two instances on this machine, each with
// its own home, reachable only on 127.0.0.1, with every way of finding or reaching the internet
// switched off. Facts about 1.19.2 this harness works around are noted where they bite.

/** One running Syncthing instance and its REST API. */
export type SyncthingNode = {
  name: string
  home: string
  deviceId: string
  /** `tcp://127.0.0.1:<port>`: the sync protocol's only listen address. */
  listen: string
  /** Calls the REST API (`/rest/...`) with this instance's API key; throws on a non-2xx answer. */
  api: <T = unknown>(path: string, init?: { method?: string; body?: unknown }) => Promise<T>
  stop: () => Promise<void>
}

/** Why the real-engine tests cannot run here, or undefined when `syncthing` is on the PATH. */
export function syncthingMissing(): string | undefined {
  const run = spawnSync('syncthing', ['--version'], { encoding: 'utf8' })
  if (run.error || run.status !== 0)
    return 'syncthing is not installed (Debian: apt-get install syncthing; .ci/run installs it)'
  return undefined
}

/** A port nobody listens on right now (the OS picks it), closed again for Syncthing to take. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

/** Replaces one option element's text in config.xml, failing loudly if 1.19's layout changed. */
function setOption(xml: string, element: string, value: string): string {
  const pattern = new RegExp(`<${element}>[^<]*</${element}>`)
  if (!pattern.test(xml)) throw new Error(`syncthing config.xml has no <${element}>`)
  return xml.replace(pattern, `<${element}>${value}</${element}>`)
}

const until = async (what: string, check: () => Promise<boolean>, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check().catch(() => false)) return
    if (Date.now() > deadline) throw new Error(`syncthing: ${what} within ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/**
 * Generates a home under `root/<name>` and starts `syncthing serve` on it, resolving once the
 * REST API answers and the sync port accepts connections (so the peer can dial it at once).
 * `generate --skip-port-probing` because 1.19 otherwise probes ports on every interface; the
 * options are set in config.xml before the first start, so nothing is ever announced, relayed,
 * mapped by NAT or reported, and nothing listens beyond 127.0.0.1.
 */
export async function startSyncthing(name: string, root: string): Promise<SyncthingNode> {
  const home = join(root, name)
  mkdirSync(home, { recursive: true })
  execFileSync(
    'syncthing',
    ['generate', `--home=${home}`, '--skip-port-probing', '--no-default-folder'],
    { stdio: 'ignore' },
  )
  const deviceId = execFileSync('syncthing', ['serve', `--home=${home}`, '--device-id'], {
    encoding: 'utf8',
  }).trim()
  if (!/^[A-Z0-9]{7}(-[A-Z0-9]{7}){7}$/.test(deviceId))
    throw new Error(`syncthing --device-id printed "${deviceId}", not a device id`)
  const [guiPort, syncPort] = [await freePort(), await freePort()]
  const listen = `tcp://127.0.0.1:${syncPort}`
  const configPath = join(home, 'config.xml')
  let xml = readFileSync(configPath, 'utf8')
  const apiKey = /<apikey>([^<]+)<\/apikey>/.exec(xml)?.[1]
  if (!apiKey) throw new Error('syncthing config.xml has no API key')
  for (const [element, value] of [
    ['listenAddress', listen],
    ['globalAnnounceEnabled', 'false'],
    ['localAnnounceEnabled', 'false'],
    ['relaysEnabled', 'false'],
    ['natEnabled', 'false'],
    ['urAccepted', '-1'],
    ['startBrowser', 'false'],
    ['autoUpgradeIntervalH', '0'],
    ['crashReportingEnabled', 'false'],
  ] as const)
    xml = setOption(xml, element, value)
  xml = xml.replace(
    /<address>127\.0\.0\.1:8384<\/address>/,
    `<address>127.0.0.1:${guiPort}</address>`,
  )
  writeFileSync(configPath, xml)

  const child = spawn(
    'syncthing',
    ['serve', `--home=${home}`, '--no-browser', '--no-restart', '--no-upgrade'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, STNOUPGRADE: '1', STNORESTART: '1', STNODEFAULTFOLDER: '1' },
    },
  )
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr.on('data', (c: Buffer) => (output += c.toString()))
  const base = `http://127.0.0.1:${guiPort}`
  // Node's fetch ignores http_proxy, so loopback calls never go to a proxy (curl needs --noproxy).
  const api = async <T>(path: string, init: { method?: string; body?: unknown } = {}) => {
    const reply = await fetch(`${base}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'X-API-Key': apiKey, 'Content-Type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    })
    const text = await reply.text()
    if (!reply.ok) throw new Error(`syncthing ${name} ${path}: ${reply.status} ${text}`)
    return (text ? JSON.parse(text) : undefined) as T
  }
  const stop = () => stopChild(child)
  try {
    await until(`${name} did not answer on its REST API`, async () => {
      if (child.exitCode !== null) throw new Error(`exited early:\n${output}`)
      await api('/rest/system/ping')
      return true
    })
    await until(`${name} did not listen on ${listen}`, () => listening(syncPort))
  } catch (e) {
    await stop()
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${output}`, { cause: e })
  }
  return { name, home, deviceId, listen, api, stop }
}

/**
 * Makes `office` and `kiosk` peers and shares `folderId` between `officePath` and `kioskPath`,
 * send-and-receive on both sides. Folders and devices go through the REST API on top of its
 * defaults: a folder written by hand into config.xml gets none (1.19). Only the kiosk dials (the
 * office knows it as `dynamic`, and discovery is off): two 1.19 instances dialling each other
 * at the same moment can stall for 20 s. That is also how a real fleet is wired — kiosks
 * behind NAT reach the office, not the other way round.
 */
export async function shareFolder(
  office: SyncthingNode,
  kiosk: SyncthingNode,
  folderId: string,
  paths: { office: string; kiosk: string },
): Promise<void> {
  for (const [self, peer, addresses] of [
    [office, kiosk, ['dynamic']],
    [kiosk, office, [office.listen]],
  ] as const) {
    const deviceDefaults = await self.api<object>('/rest/config/defaults/device')
    await self.api('/rest/config/devices', {
      method: 'POST',
      body: { ...deviceDefaults, deviceID: peer.deviceId, name: peer.name, addresses },
    })
  }
  for (const [self, peer, path] of [
    [office, kiosk, paths.office],
    [kiosk, office, paths.kiosk],
  ] as const) {
    const folderDefaults = await self.api<object>('/rest/config/defaults/folder')
    await self.api('/rest/config/folders', {
      method: 'POST',
      body: {
        ...folderDefaults,
        id: folderId,
        label: folderId,
        path,
        type: 'sendreceive',
        devices: [{ deviceID: self.deviceId }, { deviceID: peer.deviceId }],
        fsWatcherEnabled: true,
        fsWatcherDelayS: 1,
        rescanIntervalS: 3600,
      },
    })
  }
  await until(
    `${kiosk.name} did not connect to ${office.name}`,
    async () => {
      const c = await office.api<{ connections: Record<string, { connected: boolean }> }>(
        '/rest/system/connections',
      )
      return c.connections[kiosk.deviceId]?.connected === true
    },
    60_000,
  )
}

/**
 * Tells `node` to scan `folderId` now and waits until `peer` holds everything `node` has that it
 * does not ignore: both see the same global state and the peer needs nothing more. "Idle"
 * alone is no proof: before the first scan a folder is idle with nothing in it, and completion
 * reads 100 % for a peer whose index has not come in yet, so the scan is forced and both sides
 * are asked.
 */
export async function pushNow(
  node: SyncthingNode,
  peer: SyncthingNode,
  folderId: string,
  timeoutMs = 60_000,
): Promise<void> {
  const folder = encodeURIComponent(folderId)
  await node.api(`/rest/db/scan?folder=${folder}`, { method: 'POST' })
  type Status = { state: string; localFiles: number; globalFiles: number; needTotalItems: number }
  await until(
    `${peer.name} did not receive ${folderId} from ${node.name}`,
    async () => {
      const mine = await node.api<Status>(`/rest/db/status?folder=${folder}`)
      const theirs = await peer.api<Status>(`/rest/db/status?folder=${folder}`)
      return (
        mine.state === 'idle' &&
        theirs.state === 'idle' &&
        theirs.needTotalItems === 0 &&
        theirs.globalFiles === mine.globalFiles
      )
    },
    timeoutMs,
  )
}
