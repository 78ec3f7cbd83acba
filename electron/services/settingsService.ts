import type { Low } from 'lowdb'
import { z } from 'zod'
import { settingsSchema, type Settings } from '../../common/settings/schema'
import type { Logger } from './logger/logger'
import type { NoticeBus } from './noticeBus'
import { problemsFromZod, type FieldProblem } from './zodProblems'

export type SettingsUpdateResult =
  { ok: true; settings: Settings } | { ok: false; problems: FieldProblem[] }

export interface SettingsService {
  get(): Promise<Settings>
  /**
   * Applies a JSON Merge Patch (RFC 7396: objects merge, `null` removes an optional field).
   * A refused patch changes nothing and says which field is wrong and why.
   */
  update(patch: unknown): Promise<SettingsUpdateResult>
}

const patchSchema = z.record(z.string(), z.unknown())
type JsonObject = Record<string, unknown>

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** RFC 7396 merge of `patch` into a copy of `target`; used for updates and for previews. */
export function mergePatch(target: unknown, patch: JsonObject): JsonObject {
  const out: JsonObject = isPlainObject(target) ? { ...target } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key]
    else if (isPlainObject(value)) out[key] = mergePatch(out[key], value)
    else out[key] = value
  }
  return out
}

/**
 * Settings over a durable store: `update` validates the merged result with `settingsSchema`,
 * persists it durably, and only then makes it current and emits `settings-changed`. Updates run
 * one at a time, so two concurrent patches cannot lose each other's fields.
 */
export function createSettingsService(
  store: Low<Settings>,
  bus: NoticeBus,
  log: Logger,
): SettingsService {
  let queue: Promise<unknown> = Promise.resolve()

  async function apply(patch: unknown): Promise<SettingsUpdateResult> {
    const shape = patchSchema.safeParse(patch)
    if (!shape.success) {
      return { ok: false, problems: [{ path: '', message: 'a settings change must be an object' }] }
    }
    const candidate = settingsSchema.safeParse(mergePatch(store.data, shape.data))
    if (!candidate.success) return { ok: false, problems: problemsFromZod(candidate.error) }

    const previous = store.data
    store.data = candidate.data
    try {
      await store.write()
    } catch (err) {
      store.data = previous
      const message = `could not save the settings: ${err instanceof Error ? err.message : String(err)}`
      log({ level: 'error', area: 'settings', message })
      return { ok: false, problems: [{ path: '', message }] }
    }
    bus.emit({ kind: 'settings-changed' })
    return { ok: true, settings: structuredClone(candidate.data) }
  }

  return {
    async get() {
      return structuredClone(store.data)
    },
    update(patch) {
      const run = queue.then(() => apply(patch))
      queue = run.catch(() => undefined)
      return run
    },
  }
}
