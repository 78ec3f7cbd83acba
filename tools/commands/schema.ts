import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { contentJsonSchemaText } from '../../common/content/jsonSchema'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'

async function run(args: string[], io: CommandIO): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args,
      options: { out: { type: 'string' }, check: { type: 'string' } },
    }))
  } catch (e) {
    io.err(`kiosk-content schema: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  const text = contentJsonSchemaText()
  if (values.check !== undefined) {
    const current = await readFile(resolve(io.cwd, values.check), 'utf8').catch(() => undefined)
    if (current === text) {
      io.out(`${values.check} matches the content schema`)
      return EXIT_OK
    }
    io.err(`${values.check} is out of date: run kiosk-content schema --out ${values.check}`)
    return EXIT_FAILED
  }
  if (values.out === undefined) {
    io.out(text.trimEnd())
    return EXIT_OK
  }
  await writeFile(resolve(io.cwd, values.out), text)
  io.out(`wrote ${values.out}`)
  return EXIT_OK
}

/**
 * `kiosk-content schema [--out file | --check file]`: writes the content JSON Schema, or
 * checks that a checked-in copy still matches the zod schema it is generated from.
 */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print, write (--out) or verify (--check) the content JSON Schema.',
  usage: '[--out <file> | --check <file>]',
  run,
}
