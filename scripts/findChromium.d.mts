/** Every place a Chromium may live, in the order they are tried. */
export function chromiumCandidates(env?: NodeJS.ProcessEnv, playwrightPath?: string): string[]
/** The first Chromium that exists, or undefined. */
export function findChromium(
  env?: NodeJS.ProcessEnv,
  exists?: (path: string) => boolean,
  playwrightPath?: string,
): string | undefined
/** Plain instructions for a machine without any Chromium. */
export function howToGetChromium(platform?: NodeJS.Platform): string
