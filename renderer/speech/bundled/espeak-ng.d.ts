/** The parts of the `espeak-ng` package (Emscripten build of the espeak-ng CLI) the kiosk uses. */
declare module 'espeak-ng' {
  export type ESpeakInstance = {
    FS: { readFile(path: string): Uint8Array; unlink(path: string): void }
  }
  export type ESpeakOptions = {
    arguments: string[]
    print?(text: string): void
    printErr?(text: string): void
    locateFile?(name: string): string
    instantiateWasm?(
      imports: WebAssembly.Imports,
      receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void,
    ): object
  }
  export default function ESpeakNg(options: ESpeakOptions): Promise<ESpeakInstance>
}
