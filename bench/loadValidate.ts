// Child process for the content-scale bench: `node --import tsx bench/loadValidate.ts FILE`.
// Times reading + validating FILE the way a kiosk does at start-up (checkContentText), first in
// this fresh process (cold: nothing compiled or cached yet), then a few warm repeats. Prints one
// JSON line: { coldMs, warmMs, ok, errors }.
import { readFileSync } from 'node:fs'
import { checkContentText } from '../common/content/check'

const file = process.argv[2]
if (!file) {
  console.error('usage: loadValidate.ts FILE')
  process.exit(2)
}

function loadAndCheck(path: string) {
  const started = performance.now()
  const result = checkContentText(readFileSync(path, 'utf8'), path)
  return { ms: performance.now() - started, result }
}

const cold = loadAndCheck(file)
const warmMs = [1, 2, 3].map(() => loadAndCheck(file).ms)
console.log(
  JSON.stringify({
    coldMs: cold.ms,
    warmMs,
    ok: cold.result.ok,
    errors: cold.result.problems.filter((p) => p.severity === 'error').length,
  }),
)
