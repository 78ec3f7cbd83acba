export interface Finding {
  issue: string
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH'
  confidence: string
  file: string
  location: string
  sample: string
  description: string
  url: string
}
/** CSV text as rows of fields (quoted fields may hold commas, doubled quotes, line breaks). */
export function parseCsv(text: string): string[][]
/** Electronegativity's CSV report as findings; throws on an unexpected header or severity. */
export function parseFindings(csvText: string): Finding[]
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
