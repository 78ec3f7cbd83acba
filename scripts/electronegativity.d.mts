export interface Finding {
  issue: string
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH'
  confidence: string
  file: string
  location: string
  description: string
}
export interface ScanResult {
  findings: Finding[]
  /** Files the tool could not parse (and so did not check). */
  unparsed: { file: string; message: string; tolerable: boolean }[]
}
/** The runner's raw result as findings; throws, naming the entry, on an unexpected shape. */
export function readScanResult(raw: unknown): ScanResult
/** Findings that fail the build: anything above LOW. */
export function blockingFindings(findings: Finding[]): Finding[]
/** LOW findings whose check name docs/security.md never mentions. */
export function unexplainedLowFindings(findings: Finding[], securityDoc: string): Finding[]
/** One line per finding, with where it is and why it matters. */
export function describeFinding(finding: Finding): string
/** The exact Electron version package.json names. */
export function electronVersion(packageJson: {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}): string
/** The lines to print and whether the scan passes. */
export function judgeScan(scan: ScanResult, securityDoc: string): { ok: boolean; lines: string[] }
