// How `npm test` runs its steps. A long step (vitest, Playwright) runs alone with the terminal
// attached, so its progress shows live. Short independent steps (typecheck, lint, build…) run
// side by side, as many at once as the machine has cores: most of them use one core, so on a
// 2-core box two at a time halves their wall time. Their output is held back and printed whole
// when each ends, so two tools never interleave their lines. Every step reports its wall time.
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'

/** `12.3 s`, or `2 min 05 s` from a minute on: the unit a reader of a CI log thinks in. */
export function formatDuration(ms) {
  const seconds = Math.max(0, ms) / 1000
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`
}

/**
 * Starts one step's command (no stdin: CI has none, nothing may prompt). With `capture`, its
 * stdout and stderr are collected in arrival order instead of going to the terminal.
 */
function start(step, { cwd, capture }) {
  const started = Date.now()
  let output = ''
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      cwd,
      env: step.env ?? process.env,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    })
    if (capture) {
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
    }
    child.once('error', (err) => {
      output += `Could not start ${step.command}: ${err.message}\n`
    })
    child.once('close', (code) => {
      resolve({ name: step.name, ok: code === 0, ms: Date.now() - started, output })
    })
  })
}

const ended = (result) => `${result.ok ? '✔' : '✘'} ${result.name} (${formatDuration(result.ms)})`

/** Runs one step with the terminal attached; resolves to its result. */
export async function runLive(step, { cwd, log = console.log }) {
  log(`\n▶ ${step.name}`)
  const result = await start(step, { cwd, capture: false })
  log(ended(result))
  return result
}

/**
 * Runs independent steps side by side, at most `concurrency` at once, in the order given (put
 * the longest first). Once one fails no further step is started; those running finish. Resolves
 * to the results of the steps that ran, in the order given.
 */
export async function runGroup(
  steps,
  { cwd, concurrency = availableParallelism(), log = console.log },
) {
  const lanes = Math.max(1, Math.min(concurrency, steps.length))
  if (steps.length > 1) log(`\n▶ ${steps.map((s) => s.name).join(' | ')} (${lanes} at a time)`)
  const results = new Array(steps.length)
  let next = 0
  let failed = false
  const lane = async () => {
    while (!failed && next < steps.length) {
      const index = next++
      const step = steps[index]
      const result = await start(step, { cwd, capture: true })
      results[index] = result
      if (!result.ok) failed = true
      const body = result.output.trimEnd()
      log(`\n▶ ${step.name}${body ? `\n${body}` : ''}\n${ended(result)}`)
    }
  }
  await Promise.all(Array.from({ length: lanes }, lane))
  return results.filter(Boolean)
}

/** The per-step wall times, plus the total, as aligned lines for the end of the log. */
export function timingLines(results, totalMs) {
  const width = Math.max(5, ...results.map((r) => r.name.length))
  const rows = results.map(
    (r) => `  ${r.name.padEnd(width)}  ${formatDuration(r.ms).padStart(10)}${r.ok ? '' : '  ✘'}`,
  )
  return [
    'Wall time per step (side-by-side steps overlap):',
    ...rows,
    `  ${'total'.padEnd(width)}  ${formatDuration(totalMs).padStart(10)}`,
  ]
}
