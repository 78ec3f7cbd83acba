/** The newest modification time (ms) of a file, or of any file below a folder; 0 if absent. */
export function newestMtime(path: string): number
/** True when dist/renderer was built after the last change to any renderer input. */
export function rendererIsFresh(base?: string): boolean
/** Builds what is stale (or everything with `force`); logs one line per step. */
export function buildAll(options?: { force?: boolean; log?: (line: string) => void }): Promise<void>
