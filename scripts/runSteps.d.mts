export type Step = { name: string; command: string; args: string[]; env?: NodeJS.ProcessEnv }
export type StepResult = { name: string; ok: boolean; ms: number; output: string }
type Options = { cwd: string; log?: (line: string) => void }
/** `12.3 s`, or `2 min 05 s` from a minute on. */
export function formatDuration(ms: number): string
/** Runs one step with the terminal attached. */
export function runLive(step: Step, options: Options): Promise<StepResult>
/** Runs independent steps side by side, output held back per step; stops starting on a failure. */
export function runGroup(
  steps: Step[],
  options: Options & { concurrency?: number },
): Promise<StepResult[]>
/** The per-step wall times and the total, as lines. */
export function timingLines(
  results: Pick<StepResult, 'name' | 'ok' | 'ms'>[],
  totalMs: number,
): string[]
