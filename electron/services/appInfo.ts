import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import type { AppInfo } from '../../common/api/kioskApi'
import { FACT_YEARS_AROUND, type CalendarFacts } from '../../common/domain/calendar'
import { chinaDay } from '../../common/domain/chinaTime'
import { calendarFacts } from '../../common/domain/tymeCalendar'
import type { Clock } from './clock'
import type { Logger } from './logger/logger'

const packageIdentitySchema = z.object({ name: z.string().min(1), version: z.string().min(1) })
export type PackageIdentity = z.infer<typeof packageIdentitySchema>

const UNKNOWN_IDENTITY: PackageIdentity = { name: 'relief-kiosk', version: '0.0.0' }

/**
 * Name and version from package.json, read once at start-up. A missing or malformed file is
 * logged and replaced by a placeholder identity; it never stops the kiosk.
 */
export async function readPackageIdentity(file: string, log: Logger): Promise<PackageIdentity> {
  try {
    const parsed = packageIdentitySchema.safeParse(JSON.parse(await readFile(file, 'utf8')))
    if (parsed.success) return { name: parsed.data.name, version: parsed.data.version }
    log({
      level: 'warn',
      area: 'app-info',
      message: 'package.json has no valid name/version',
      file,
    })
  } catch (err) {
    log({
      level: 'warn',
      area: 'app-info',
      message: `cannot read package.json: ${String(err)}`,
      file,
    })
  }
  return UNKNOWN_IDENTITY
}

/**
 * What `app.info()` answers: identity, which host serves it, and the host's (maybe pinned) time;
 * and `app.calendar()`: the calendar facts for the years around the host's China day, worked out
 * once per year (tyme4ts stays in the host).
 */
export function createAppInfo(identity: PackageIdentity, host: AppInfo['host'], clock: Clock) {
  let facts: CalendarFacts | undefined
  return {
    async calendar(): Promise<CalendarFacts> {
      const year = Number(chinaDay(clock.now()).slice(0, 4))
      const centre = facts && facts.fromYear + FACT_YEARS_AROUND
      if (facts === undefined || centre !== year) facts = calendarFacts(year)
      return facts
    },
    async info(): Promise<AppInfo> {
      return {
        name: identity.name,
        version: identity.version,
        host,
        now: clock.now().toISOString(),
        clockOverridden: clock.overridden,
      }
    },
  }
}
