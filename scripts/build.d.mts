/** The newest modification time (ms) of a file, or of any file below a folder; 0 if absent. */
export function newestMtime(path: string): number
/** True when dist/renderer was built after the last change to any renderer input. */
export function rendererIsFresh(base?: string): boolean
/** Builds what is stale (or everything with `force`); logs one line per step. */
export function buildAll(options?: { force?: boolean; log?: (line: string) => void }): Promise<void>
/** Where the bundled browser host goes (dist/web/cli.mjs), relative to the project root. */
export const WEB_HOST_BUNDLE: string
/** True when dist/web/cli.mjs was written after the last change to any of its inputs. */
export function webHostIsFresh(base?: string): boolean
/** Bundles the browser host (electron/web/cli.ts) into dist/web/cli.mjs. */
export function buildWebHost(base?: string): Promise<void>
