import { z } from 'zod'

/**
 * The renderer's side of unattended installs (issue 20). The host installs only while nobody is
 * using the kiosk, so the renderer says when that changes (`reportActivity`); after an automatic
 * install the host asks the renderer to prove the new content works (`health-check` notice) and
 * keeps it only if the renderer answers in time with a passing `reportHealth`.
 */

/** `idle-screen`: attract or night screen (nobody there); `in-use`: a visitor or staff touched. */
export const activityStateSchema = z.enum(['idle-screen', 'in-use'])
export type ActivityState = z.infer<typeof activityStateSchema>

/** How often at most the renderer repeats `in-use` while a visitor keeps touching. */
export const ACTIVITY_REPORT_EVERY_MS = 15_000

/** Host → renderer: check the content now on screen (repeated until answered or timed out). */
export const healthCheckNoticeSchema = z
  .object({
    kind: z.literal('health-check'),
    contentVersion: z.number().int().min(0),
    /** Test builds only (host started with KIOSK_TEST_FAULTS=1): honour the renderer's fault hook. */
    testFaults: z.boolean(),
  })
  .strict()
export type HealthCheckNotice = z.infer<typeof healthCheckNoticeSchema>

/** Renderer → host: what the self-check saw on the content it was asked about. */
export const healthReportSchema = z
  .object({
    contentVersion: z.number().int().min(0),
    ok: z.boolean(),
    /** The home screen rendered on this content. */
    homeReady: z.boolean(),
    tilesOpened: z.number().int().min(0).max(1000),
    tilesTotal: z.number().int().min(0).max(1000),
    /** What failed, for the receipt, the error log and Diagnostics. */
    problem: z.string().max(500).optional(),
    elapsedMs: z.number().int().min(0).max(3_600_000),
  })
  .strict()
export type HealthReport = z.infer<typeof healthReportSchema>
