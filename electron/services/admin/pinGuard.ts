import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Low } from 'lowdb'
import { z } from 'zod'
import { pinSchema, type AdminStatus } from '../../../common/admin/schemas'
import { openStore, type DurableStoreOptions } from '../durableStore'
import { hashPin, pinHashSchema, verifyPin, type PinHash, type ScryptParams } from './pinHash'
import { MAX_LOCK_MS, lockDurationMs } from './throttle'

const pinRecordSchema = z
  .object({
    pin: pinHashSchema.optional(),
    /** Consecutive wrong PINs; counted before the PIN is checked, reset by a right one. */
    failures: z.number().int().min(0).default(0),
    /** Real time (ms since epoch) until which no PIN is checked. */
    lockedUntil: z.number().int().min(0).default(0),
  })
  .strict()
type PinRecord = z.infer<typeof pinRecordSchema>

export type PinRefusal = {
  ok: false
  reason: 'wrong-pin' | 'locked' | 'no-pin' | 'pin-already-set' | 'invalid-pin'
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
}

/**
 * The admin PIN behind a durable throttle. Before a PIN is checked, the failure count and the
 * lock that a failure would earn are written durably, so pulling the plug mid-check (or
 * restarting the host) counts as a wrong PIN and never resets the count. Entries run one at a
 * time, so parallel guesses cannot slip past the count. A lock is never longer than the longest
 * step, even when the clock was set back.
 */
export async function openPinGuard(file: string, options: PinGuardOptions = {}): Promise<PinGuard> {
  await mkdir(dirname(file), { recursive: true })
  const now = options.now ?? Date.now
  const verify = options.verify ?? verifyPin
  const db: Low<PinRecord> = await openStore(
    file,
    pinRecordSchema,
    { failures: 0, lockedUntil: 0 },
    options,
  )
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
    return {
      pinSet: db.data.pin !== undefined,
      failures: db.data.failures,
      retryAfterSeconds: Math.ceil(retryAfterMs() / 1000),
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
    db.data = { pin: await hashPin(pin, options.scrypt), failures: 0, lockedUntil: 0 }
    await db.write()
    return { ok: true }
  }

  async function attempt(pin: string): Promise<PinOutcome> {
    const stored = db.data.pin
    if (!stored) return refusal('no-pin', 'no PIN has been set on this kiosk yet')
    if (retryAfterMs() > 0)
      return refusal('locked', 'too many wrong PINs; wait before trying again')
    const bad = checkFormat(pin)
    if (bad) return bad

    const failures = db.data.failures + 1
    const lock = lockDurationMs(failures)
    db.data = { ...db.data, failures, lockedUntil: lock > 0 ? now() + lock : 0 }
    await db.write()

    if (!(await verify(pin, stored))) return refusal('wrong-pin', 'wrong PIN')
    db.data = { ...db.data, failures: 0, lockedUntil: 0 }
    await db.write()
    return { ok: true }
  }

  return {
    status,
    setFirstPin: (pin) =>
      serial(async () =>
        db.data.pin
          ? refusal('pin-already-set', 'a PIN is already set; sign in to change it')
          : storePin(pin),
      ),
    changePin: (pin) => serial(() => storePin(pin)),
    attempt: (pin) => serial(() => attempt(pin)),
    setPinHash: (hash, replace) =>
      serial(async () => {
        if (db.data.pin && !replace) {
          return refusal('pin-already-set', 'a PIN is already set; sign in to change it')
        }
        db.data = { pin: hash, failures: 0, lockedUntil: 0 }
        await db.write()
        return { ok: true }
      }),
  }
}
