export type Tally = { passed: number; failed: number; skipped: number }
/** A tally with every count zero. */
export function emptyTally(): Tally
/** Counts from vitest's JSON reporter. */
export function tallyVitest(report: unknown): Tally
/** Counts from Playwright's JSON reporter. */
export function tallyPlaywright(report: unknown): Tally
/** Reads a JSON report; undefined when missing or not JSON. */
export function readReport(file: string): unknown
/** Sums tallies field by field. */
export function addTallies(...tallies: Tally[]): Tally
/** The line CI reads. */
export function summaryLine(tally: Tally): string
