import { fieldsOfKind, PRINTER_KIND_FIELDS } from '../../../common/print/printerSettings'
import type { Settings } from '../../../common/settings/schema'

export type FieldProblem = { path: string; message: string }

/**
 * The JSON Merge Patch that stores every field the settings screen edits. Optional fields the
 * draft no longer has are sent as `null` (removed), so choosing a content site clears a custom one.
 */
export function patchFromDraft(draft: Settings): Record<string, unknown> {
  return {
    kioskId: draft.kioskId,
    displayName: draft.displayName,
    siteId: draft.siteId ?? null,
    customSite: draft.customSite ?? null,
    defaultLanguage: draft.defaultLanguage,
    languages: draft.languages,
    idleSeconds: draft.idleSeconds,
    stillThereSeconds: draft.stillThereSeconds,
    attractScreen: draft.attractScreen,
    nightSchedule: draft.nightSchedule ?? null,
    largeText: draft.largeText,
    highContrast: draft.highContrast,
    readAloud: draft.readAloud,
    volume: draft.volume,
    speechOutput: draft.speechOutput,
    speechDeviceId: draft.speechDeviceId ?? null,
    groups: draft.groups,
    updates: {
      ...draft.updates,
      // A maintenance window switched off is sent as null so the merge removes it.
      automatic: { ...draft.updates.automatic, window: draft.updates.automatic.window ?? null },
    },
    // The fields of other kinds, and the chosen kind's cleared ones, are sent as null so the
    // merge removes them.
    printer: {
      ...draft.printer,
      ...Object.fromEntries(
        PRINTER_KIND_FIELDS.map((f) => [
          f,
          fieldsOfKind(draft.printer.kind).includes(f)
            ? ((draft.printer as Record<string, unknown>)[f] ?? null)
            : null,
        ]),
      ),
    },
  }
}

/** The host's messages for one field (its own path or anything inside it, e.g. `languages[0]`). */
export function problemsAt(problems: readonly FieldProblem[], field: string): string[] {
  return problems
    .filter(
      (p) => p.path === field || p.path.startsWith(`${field}.`) || p.path.startsWith(`${field}[`),
    )
    .map((p) => p.message)
}

/** Adds or removes one item of a list, keeping the order of the known values. */
export function toggleIn<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list)
  if (on) set.add(item)
  else set.delete(item)
  return order.filter((x) => set.has(x))
}

/** "canary, stations" as typed → the group list (blank entries dropped; the host checks names). */
export const splitGroups = (text: string): string[] =>
  text
    .split(/[,，\s]+/)
    .map((g) => g.trim())
    .filter(Boolean)
