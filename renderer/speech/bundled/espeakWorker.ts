/// <reference lib="webworker" />
import ESpeakNg from 'espeak-ng'
import wasmUrl from 'espeak-ng/dist/espeak-ng.wasm?url'
import { espeakArguments, OUTPUT_FILE, type SynthReply, type SynthRequest } from './espeakArgs'

/**
 * The bundled speech engine, off the main thread: espeak-ng compiled to WebAssembly. The 18 MB
 * module (engine and voice data) is fetched and compiled once per worker; each phrase then runs
 * the espeak-ng command line in a fresh instance (the CLI keeps global state between runs) and
 * returns the WAV it wrote. Requests are answered in order, one at a time.
 */
let compiled: Promise<WebAssembly.Module> | undefined
const compile = (): Promise<WebAssembly.Module> =>
  // The engine's own file from the app's origin, not a host call: there is no KioskApi inside a
  // worker, and this is a static asset like a script.
  // eslint-disable-next-line no-restricted-globals
  (compiled ??= fetch(wasmUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`speech engine: ${wasmUrl} answered ${response.status}`)
      return response.arrayBuffer()
    })
    .then((bytes) => WebAssembly.compile(bytes)))

async function synthesize(request: SynthRequest): Promise<ArrayBuffer> {
  const module = await compile()
  const problems: string[] = []
  const engine = await ESpeakNg({
    arguments: espeakArguments(request.text, request.lang, request.rate),
    print: () => undefined,
    printErr: (line) => problems.push(line),
    locateFile: () => wasmUrl,
    instantiateWasm(imports, receive) {
      void WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module))
      return {}
    },
  })
  let wav: Uint8Array
  try {
    wav = engine.FS.readFile(OUTPUT_FILE)
  } catch {
    throw new Error(`speech engine wrote no audio: ${problems.join(' ') || 'no message'}`)
  }
  return wav.slice().buffer
}

let queue: Promise<void> = Promise.resolve()
const scope = self as unknown as DedicatedWorkerGlobalScope
scope.addEventListener('message', (event: MessageEvent<SynthRequest>) => {
  const request = event.data
  queue = queue.then(async () => {
    let reply: SynthReply
    try {
      reply = { id: request.id, wav: await synthesize(request) }
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) }
    }
    if ('wav' in reply) scope.postMessage(reply, [reply.wav])
    else scope.postMessage(reply)
  })
})
