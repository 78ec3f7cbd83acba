/**
 * Child process for durableFile.crash.test.ts: writes `{ seq, pad }` states to a file with
 * `writeFileDurable`, reporting progress on stdout so the parent can SIGKILL it at chosen points.
 *   tsx crashWriter.ts <file> loop                 write seq 1, 2, 3… forever; print "wrote N" after each
 *   tsx crashWriter.ts <file> pause <phase:step> <n>  like loop, but stop inside write n after that step
 *                                                  and print "paused"; the parent kills it there
 */
import { writeFileDurable, type DurableStepEvent } from '../durableFile'

const [file, mode, pauseAt, pauseInWrite] = process.argv.slice(2)
if (!file || (mode !== 'loop' && mode !== 'pause')) {
  console.error('usage: crashWriter.ts <file> loop | pause <phase:step> <n>')
  process.exit(2)
}

const state = (seq: number) => JSON.stringify({ seq, pad: 'x'.repeat(4096 + (seq % 97)) })
const never = new Promise<void>(() => {})
const keepAlive = setInterval(() => {}, 60_000)

async function main(): Promise<void> {
  for (let seq = 1; ; seq++) {
    const onStep = async (e: DurableStepEvent) => {
      if (mode === 'pause' && seq === Number(pauseInWrite) && `${e.phase}:${e.step}` === pauseAt) {
        process.stdout.write('paused\n')
        await never
      }
    }
    await writeFileDurable(file as string, state(seq), { onStep })
    process.stdout.write(`wrote ${seq}\n`)
  }
}

void main().finally(() => clearInterval(keepAlive))
