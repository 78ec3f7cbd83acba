import type { KioskStatus } from '../../common/fleet/kioskStatus'
import { targetsMatch } from '../../common/fleet/targets'
import type { FileProblem, FleetInput, SeenPackage } from './readFleet'

/** Why a kiosk needs a visit (or a look), in the order the office should care. */
export const ATTENTION_CODES = [
  'silent',
  'future-dated',
  'rolled-back',
  'install-failed',
  'install-refused',
  'fell-back',
  'paper-out',
  'printer-unreachable',
  'content-behind',
  'past-review',
  'clock-off',
] as const
export type AttentionCode = (typeof ATTENTION_CODES)[number]

/** One reason, said in Chinese and English (the report is read by both). */
export type Attention = { code: AttentionCode; zh: string; en: string }

export type FleetRow = {
  kioskId: string
  name: string
  site: string | null
  groups: string[]
  contentVersion: number
  /** When the kiosk wrote its status, by its own machine clock. */
  writtenAt: string
  /** Minutes between `writtenAt` and the report's now (negative: written "in the future"). */
  minutesSince: number
  printer: KioskStatus['printer']
  lastInstall: KioskStatus['lastInstall']
  itemsPastReview: number
  errors24h: number
  attention: Attention[]
  file: string
}

export type FleetReport = {
  generatedAt: string
  offlineAfterMinutes: number
  /** The highest package version seen in the folders (signature not checked), if any. */
  newestPackage: { contentVersion: number; file: string; signatureChecked: false } | null
  kiosks: FleetRow[]
  files: FileProblem[]
  /** True when any kiosk needs attention, a status file could not be used, or none was found. */
  needsAttention: boolean
}

/** A clock this far from another is "off": beyond ordinary NTP drift and sync delay. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000

const minutes = (ms: number) => Math.round(ms / 60_000)

/** "3 h 20 min" / "3 小时 20 分": how long, for people. */
function span(ms: number): { zh: string; en: string } {
  const total = Math.abs(minutes(ms))
  const d = Math.floor(total / 1440)
  const h = Math.floor((total % 1440) / 60)
  const m = total % 60
  if (d > 0) return { zh: `${d} 天 ${h} 小时`, en: `${d} d ${h} h` }
  if (h > 0) return { zh: `${h} 小时 ${m} 分`, en: `${h} h ${m} min` }
  return { zh: `${m} 分钟`, en: `${m} min` }
}

/** Whether a package is meant for this kiosk: no targets = every kiosk, else by id or group. */
const meantFor = (pkg: SeenPackage, status: KioskStatus) =>
  !pkg.targets || targetsMatch(pkg.targets, status)

const UNREACHABLE = new Set(['offline', 'timeout', 'failed'])

/**
 * The reasons one kiosk needs attention. Time rules (decided for issue 20, see docs/fleet.md):
 * silence is measured from `writtenAt`, the kiosk's own statement — the file's mtime is no
 * independent witness, since Syncthing and `rsync -t` carry the kiosk's mtime and a plain copy
 * gives the copying time. A `writtenAt` more than 5 minutes after the office's now means the
 * kiosk's machine clock is ahead (future-dated); `kioskClock` (what visitors see) more than
 * 5 minutes from `writtenAt` means the kiosk's displayed time is off.
 */
export function attentionFor(
  status: KioskStatus,
  now: Date,
  offlineAfterMs: number,
  packages: readonly SeenPackage[],
): Attention[] {
  const out: Attention[] = []
  const age = now.getTime() - Date.parse(status.writtenAt)
  if (age > offlineAfterMs) {
    const s = span(age)
    out.push({ code: 'silent', zh: `${s.zh}没有消息`, en: `silent for ${s.en}` })
  } else if (age < -CLOCK_TOLERANCE_MS) {
    const s = span(age)
    out.push({
      code: 'future-dated',
      zh: `状态时间比办公室晚 ${s.zh}：信息亭电脑时钟偏快`,
      en: `written ${s.en} in the future: the kiosk's machine clock is ahead`,
    })
  }
  const last = status.lastInstall
  const about = last?.contentVersion !== undefined ? ` v${last.contentVersion}` : ''
  if (last?.outcome === 'rolled-back')
    out.push({
      code: 'rolled-back',
      zh: `安装${about}后自检失败，已退回：${last.reason}`,
      en: `installed${about}, failed its health check and went back: ${last.reason}`,
    })
  else if (last?.outcome === 'failed')
    out.push({
      code: 'install-failed',
      zh: `安装${about}失败：${last.reason}`,
      en: `install${about} failed: ${last.reason}`,
    })
  else if (
    last?.outcome === 'refused' &&
    (last.contentVersion === undefined || last.contentVersion > status.content.version)
  )
    // A refused replay of an older package is routine; a refused newer one is not.
    out.push({
      code: 'install-refused',
      zh: `拒绝了更新包${about}：${last.reason}`,
      en: `refused package${about}: ${last.reason}`,
    })
  if (status.content.fellBack)
    out.push({
      code: 'fell-back',
      zh: '最新内容不可用，正使用上一版',
      en: 'its newest content was unusable; it shows an older copy',
    })
  if (status.printer.state === 'paper-out')
    out.push({ code: 'paper-out', zh: '打印机缺纸', en: 'printer out of paper' })
  else if (UNREACHABLE.has(status.printer.state))
    out.push({
      code: 'printer-unreachable',
      zh: `打印机无法使用（${status.printer.state}）`,
      en: `printer unreachable (${status.printer.state})`,
    })
  const due = packages.filter((p) => meantFor(p, status))
  const newest = Math.max(0, ...due.map((p) => p.contentVersion))
  if (newest > status.content.version) {
    const rejected = status.rejectedVersions.includes(newest)
    out.push({
      code: 'content-behind',
      zh: `内容 v${status.content.version}，最新更新包 v${newest}${rejected ? '（此机自检失败后拒用）' : ''}`,
      en: `content v${status.content.version}, newest package v${newest}${rejected ? ' (rejected here after a failed health check)' : ''}`,
    })
  }
  if (status.itemsPastReview > 0)
    out.push({
      code: 'past-review',
      zh: `${status.itemsPastReview} 项已过复核日期`,
      en: `${status.itemsPastReview} items past their review date`,
    })
  const skew = Date.parse(status.kioskClock) - Date.parse(status.writtenAt)
  if (Math.abs(skew) > CLOCK_TOLERANCE_MS) {
    const s = span(skew)
    out.push({
      code: 'clock-off',
      zh: `屏幕时间${skew > 0 ? '快' : '慢'} ${s.zh}`,
      en: `the time it shows is ${s.en} ${skew > 0 ? 'ahead' : 'behind'}`,
    })
  }
  return out
}

/**
 * The whole report: one row per kiosk, those that need attention first (most reasons first),
 * then by kiosk id; plus every status file that could not be used, with its reason.
 */
export function assessFleet(input: FleetInput, now: Date, offlineAfterMs: number): FleetReport {
  const kiosks = input.statuses.map(({ file, status }): FleetRow => ({
    kioskId: status.kioskId,
    name: status.name,
    site: status.site.name ?? status.site.id,
    groups: status.groups,
    contentVersion: status.content.version,
    writtenAt: status.writtenAt,
    minutesSince: minutes(now.getTime() - Date.parse(status.writtenAt)),
    printer: status.printer,
    lastInstall: status.lastInstall,
    itemsPastReview: status.itemsPastReview,
    errors24h: status.errors24h.total,
    attention: attentionFor(status, now, offlineAfterMs, input.packages),
    file,
  }))
  kiosks.sort(
    (a, b) => b.attention.length - a.attention.length || a.kioskId.localeCompare(b.kioskId),
  )
  const newest = input.packages.reduce<SeenPackage | undefined>(
    (best, p) => (!best || p.contentVersion > best.contentVersion ? p : best),
    undefined,
  )
  const files = input.problems
  return {
    generatedAt: now.toISOString(),
    offlineAfterMinutes: minutes(offlineAfterMs),
    newestPackage: newest
      ? { contentVersion: newest.contentVersion, file: newest.file, signatureChecked: false }
      : null,
    kiosks,
    files,
    // No kiosk at all is a wrong folder or a dead fleet, never "all well".
    needsAttention:
      kiosks.length === 0 ||
      kiosks.some((k) => k.attention.length > 0) ||
      files.some((f) => f.kind !== 'duplicate' && f.kind !== 'misnamed'),
  }
}

/**
 * Reads `--offline-after`: a number with a unit, `90s`, `45m`, `2h`, `1d` (no unit = minutes).
 * Returns undefined for anything else, so the command can say what it expected.
 */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([smhd]?)$/.exec(text.trim())
  if (!match) return undefined
  const unit = { s: 1_000, m: 60_000, '': 60_000, h: 3_600_000, d: 86_400_000 }[match[2] ?? '']
  const ms = Number(match[1]) * (unit ?? 60_000)
  return ms > 0 ? ms : undefined
}
