import { KIOSK_STATUS_FORMAT, type KioskStatus } from '../../common/fleet/kioskStatus'

/**
 * A healthy kiosk's status written at `writtenAt` (clock in step, printer ready, nothing past
 * review, last install fine): tests and the bench change only what they are about.
 */
export function sampleStatus(
  kioskId: string,
  writtenAt: string,
  overrides: Partial<KioskStatus> = {},
): KioskStatus {
  return {
    format: KIOSK_STATUS_FORMAT,
    kioskId,
    name: `Kiosk ${kioskId}`,
    site: { id: 'cc-rail', name: '长春站' },
    groups: [],
    appVersion: '0.9.0',
    content: { version: 12, sha256: 'a'.repeat(64), fellBack: false },
    highWaterMark: 12,
    rejectedVersions: [],
    lastInstall: {
      at: writtenAt,
      outcome: 'installed',
      reason: 'installed content version 12',
      contentVersion: 12,
      policy: 'automatic',
    },
    itemsPastReview: 0,
    printer: { state: 'ready', since: null },
    errors24h: { total: 0, byArea: {} },
    dataFreeBytes: 10_000_000_000,
    uptimeSeconds: 3600,
    kioskClock: writtenAt,
    writtenAt,
    ...overrides,
  }
}
