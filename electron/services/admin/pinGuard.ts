import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Low } from 'lowdb'
import { z } from 'zod'
import { pinSchema, type AdminStatus } from '../../../common/admin/schemas'
import { openStore, type DurableStoreOptions } from '../durableStore'
import { hashPin, pinHashSchema, verifyPin, type PinHash, type ScryptParams } from './pinHash'
import { openPinMarker, pinMarkerFiles, type PinMarker } from './pinMarker'
import { MAX_LOCK_MS, lockDurationMs } from './throttle'

const pinRecordSchema = z
  .object({
    pin: pinHashSchema.optional(),
    /** Consecutive wrong PINs; counted before the PIN is checked, reset by a right one. */
    failures: z.number().int().min(0).default(0),
    /** Real time (ms since epoch) until which no PIN is checked. */
    lockedUntil: z.number().int().min(0).default(0),
    /** Raised by every new PIN; a record older than the marker's generation is a stale copy. */
    generation: z.number().int().min(0).default(0),
  })
  .strict()
type PinRecord = z.infer<typeof pinRecordSchema>

export type PinRefusal = {
  ok: false
  reason:
    'wrong-pin' | 'locked' | 'no-pin' | 'pin-already-set' | 'invalid-pin' | 'provision-required'
  message: string
  status: AdminStatus
}
export type PinOutcome = { ok: true } | PinRefusal

export interface PinGuard {
  status(): AdminStatus
  /** Sets the very first PIN; refused once a PIN exists (no factory PIN, no silent overwrite). */
  setFirstPin(pin: string): Promise<PinOutcome>
  /** Replaces the PIN; the caller has already checked the administrator's session. */
  changePin(pin: string): Promise<PinOutcome>
  /** Checks a PIN entry under the throttle. */
  attempt(pin: string): Promise<PinOutcome>
  /**
   * Stores a PIN hash from a signed provisioning package: only while no PIN is set, unless
   * `replace` (an administrator applying a package inside a session).
   */
  setPinHash(hash: PinHash, replace: boolean): Promise<PinOutcome>
}

export interface PinGuardOptions extends DurableStoreOptions {
  /** Real time for locks; never the `KIOSK_NOW` override, which would freeze a lock forever. */
  now?: () => number
  scrypt?: ScryptParams
  /** The PIN check; tests pass one that never returns, to model a power cut mid-check. */
  verify?: typeof verifyPin
  /**
   * Where the "PIN provisioned" marker and the throttle's copy live (see pinMarker.ts); default:
   * the two homes under the data folder that holds `admin/`.
   */
  markerFiles?: readonly string[]
  /** The installer chose to let a brand-new kiosk take its first PIN on screen (default: only from a package). */
  firstPinOnScreen?: boolean
  /** Waits before a "locked" answer; tests pass one that records instead of waiting. */
  pause?: (ms: number) => Promise<unknown>
}

/** How long a "locked" answer is held back, so guessing during a lock gains nothing but time. */
export const LOCKED_ANSWER_MS = 1000

export const PIN_LOST_MESSAGE =
  'admin locked: provision a new PIN with a signed kiosk-config package'
const PACKAGE_ONLY_MESSAGE =
  'this kiosk takes its first PIN from a signed kiosk-config package (provisioning stick)'

/**
 * The admin PIN behind a durable throttle. Before a PIN is checked, the failure count and the
 * lock that a failure would earn are written durably, so pulling the plug mid-check (or
 * restarting the host) counts as a wrong PIN and never resets the count. Entries run one at a
 * time, so parallel guesses cannot slip past the count. A lock is never longer than the longest
 * step, even when the clock was set back. Once a PIN has been set, a missing, damaged or older
 * record locks admin mode (see pinMarker.ts) instead of offering a first PIN.
 */
export async function openPinGuard(file: string, options: PinGuardOptions = {}): Promise<PinGuard> {
  await mkdir(dirname(file), { recursive: true })
  const now = options.now ?? Date.now
  const verify = options.verify ?? verifyPin
  const pause = options.pause ?? ((ms: number) => sleep(ms))
  const db: Low<PinRecord> = await openStore(
    file,
    pinRecordSchema,
    { failures: 0, lockedUntil: 0, generation: 0 },
    options,
  )
  const marker = await openPinMarker(
    options.markerFiles ?? pinMarkerFiles(dirname(dirname(file))),
    options.log,
  )
  // A record with generation ≥ 1 was written together with its marker (both came in the same
  // change), so a record that has one and no marker anywhere means the markers were lost or
  // deleted — possibly to pair an older pin.json (count 0, old PIN) with no marker to compare.
  // Fail closed as for a lost record: mark the record as stale, durably, before anything else.
  if (!marker.current().provisioned && db.data.generation >= 1) {
    options.log?.({
      level: 'error',
      area: 'admin',
      message: 'PIN record without its marker (lost or deleted): admin locked until provisioned',
      file,
    })
    await marker.write({
      provisioned: true,
      generation: db.data.generation + 1,
      failures: db.data.failures,
      lockedUntil: db.data.lockedUntil,
    })
  }
  // An older copy of pin.json cannot lower the throttle: the marker's count and lock win.
  const seen = marker.current()
  db.data = {
    ...db.data,
    failures: Math.max(db.data.failures, seen.failures),
    lockedUntil: Math.max(db.data.lockedUntil, seen.lockedUntil),
  }
  /** The PIN record is missing, unreadable or older than the last PIN this kiosk had. */
  const pinLost = () =>
    marker.current().provisioned &&
    (db.data.pin === undefined || db.data.generation < marker.current().generation)
  const usablePin = (): PinHash | undefined => (pinLost() ? undefined : db.data.pin)

  /** Writes the marker (provisioned, generation, throttle) in its two homes, then the record. */
  async function save(next: PinRecord): Promise<void> {
    db.data = next
    const was = marker.current()
    const nextMarker: PinMarker = {
      provisioned: was.provisioned || next.pin !== undefined,
      generation: Math.max(was.generation, next.generation),
      failures: next.failures,
      lockedUntil: next.lockedUntil,
    }
    await marker.write(nextMarker)
    await db.write()
  }
  const nextGeneration = () => Math.max(db.data.generation, marker.current().generation) + 1

  // A kiosk from before the marker (its record has generation 0): record that its PIN exists, so
  // losing pin.json locks admin.
  if (db.data.pin !== undefined && !seen.provisioned) await save(db.data)
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run)
    queue = next.catch(() => undefined)
    return next
  }

  function retryAfterMs(): number {
    const left = db.data.lockedUntil - now()
    return Math.max(0, Math.min(left, MAX_LOCK_MS))
  }

  function status(): AdminStatus {
    const pinSet = usablePin() !== undefined
    return {
      pinSet,
      failures: db.data.failures,
      retryAfterSeconds: Math.ceil(retryAfterMs() / 1000),
      ...(pinSet
        ? {}
        : { firstPin: pinLost() ? 'lost' : options.firstPinOnScreen ? 'on-screen' : 'package' }),
    }
  }

  const refusal = (reason: PinRefusal['reason'], message: string): PinRefusal => ({
    ok: false,
    reason,
    message,
    status: status(),
  })

  function checkFormat(pin: string): PinRefusal | undefined {
    const parsed = pinSchema.safeParse(pin)
    if (parsed.success) return undefined
    return refusal('invalid-pin', parsed.error.issues[0]?.message ?? 'not a valid PIN')
  }

  async function storePin(pin: string): Promise<PinOutcome> {
    const bad = checkFormat(pin)
    if (bad) return bad
    const hash = await hashPin(pin, options.scrypt)
    await save({ pin: hash, failures: 0, lockedUntil: 0, generation: nextGeneration() })
    return { ok: true }
  }

  /** Why no PIN can be entered: lost (admin locked) or never provisioned. */
  const noPin = (): PinRefusal =>
    pinLost()
      ? refusal('provision-required', PIN_LOST_MESSAGE)
      : refusal('no-pin', 'no PIN has been set on this kiosk yet')

  async function attempt(pin: string): Promise<PinOutcome> {
    const stored = usablePin()
    if (!stored) return noPin()
    if (retryAfterMs() > 0) return lockedAnswer()
    const bad = checkFormat(pin)
    if (bad) return bad

    const failures = db.data.failures + 1
    const lock = lockDurationMs(failures)
    await save({ ...db.data, failures, lockedUntil: lock > 0 ? now() + lock : 0 })

    if (!(await verify(pin, stored))) return refusal('wrong-pin', 'wrong PIN')
    await save({ ...db.data, failures: 0, lockedUntil: 0 })
    return { ok: true }
  }

  function lockedAnswer(): PinRefusal {
    return refusal('locked', 'too many wrong PINs; wait before trying again')
  }

  /** A locked answer is slowed outside the queue, so a flood waits without blocking the pad. */
  async function attemptThrottled(pin: string): Promise<PinOutcome> {
    const outcome = await serial(() => attempt(pin))
    if (!outcome.ok && outcome.reason === 'locked') {
      await pause(LOCKED_ANSWER_MS)
      return lockedAnswer()
    }
    return outcome
  }

  function firstPinRefusal(): PinRefusal | undefined {
    if (usablePin()) return refusal('pin-already-set', 'a PIN is already set; sign in to change it')
    if (pinLost()) return refusal('provision-required', PIN_LOST_MESSAGE)
    if (!options.firstPinOnScreen) return refusal('provision-required', PACKAGE_ONLY_MESSAGE)
    return undefined
  }

  return {
    status,
    setFirstPin: (pin) => serial(async () => firstPinRefusal() ?? storePin(pin)),
    changePin: (pin) => serial(() => storePin(pin)),
    attempt: attemptThrottled,
    setPinHash: (hash, replace) =>
      serial(async () => {
        if (usablePin() && !replace) {
          return refusal('pin-already-set', 'a PIN is already set; sign in to change it')
        }
        await save({ pin: hash, failures: 0, lockedUntil: 0, generation: nextGeneration() })
        return { ok: true }
      }),
  }
}
