#!/usr/bin/env node
// The `kiosk-content` command (package.json "bin"). It runs the TypeScript sources through tsx,
// so staff and CI can use it straight from a clone without a build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import(new URL('../cli.ts', import.meta.url).href)
process.exitCode = await main(process.argv.slice(2))
