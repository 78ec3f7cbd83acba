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
/** The tests of a Playwright JSON report that passed only on a retry, as `[project] file › title`. */
export function flakyTests(report: unknown): string[]
/** Time per spec file and project (every attempt counted), slowest first. */
export function specDurations(report: unknown): { spec: string; tests: number; ms: number }[]
