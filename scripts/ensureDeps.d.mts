/** True when node_modules holds every locked package at its locked version (optional ones aside). */
export function installMatchesLock(root: string): boolean
/** Installs the dependencies when they are missing or stale; true when it installed. */
export function ensureDeps(root: string): boolean
