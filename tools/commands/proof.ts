import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'
import { proofHtml } from '../proof/proofHtml'
import { readContentFile, todayInChina, writeFileAtomic } from '../sheet/files'

async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, against: { type: 'string' } },
    })
  } catch (e) {
    io.err(`kiosk-content proof: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  const [file] = parsed.positionals
  const { out, against } = parsed.values
  if (!file || !out || parsed.positionals.length > 1) {
    io.err(`Usage: kiosk-content proof ${proofCommand.usage}`)
    return EXIT_USAGE
  }
  const read = await readContentFile(resolve(io.cwd, file), file)
  const old = against ? await readContentFile(resolve(io.cwd, against), against) : undefined
  if ('errors' in read || (old && 'errors' in old)) {
    for (const r of [read, old]) if (r && 'errors' in r) r.errors.forEach((line) => io.err(line))
    return EXIT_FAILED
  }
  const html = proofHtml(read.content, {
    file,
    today: todayInChina((m) => io.err(`kiosk-content proof: ${m}`)),
    ...(old ? { against: old.content, againstFile: against } : {}),
  })
  await writeFileAtomic(resolve(io.cwd, out), html)
  io.out(`已写出校样 ${out}：打印后请主管签字 / wrote ${out}: print it for sign-off`)
  return EXIT_OK
}

/**
 * `kiosk-content proof <content.json> --out proof.html [--against old.json]`: the printable
 * proof a supervisor signs before the content is packed.
 */
export const proofCommand: Command = {
  name: 'proof',
  summary:
    'Write a printable, offline HTML proof of the content (changes highlighted) for sign-off.',
  usage: '<content.json> --out <proof.html> [--against <old.json>]',
  run,
}
