import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, freemem, loadavg, totalmem } from 'node:os'

const GB = 2 ** 30

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8')
    return /model name\s*:\s*(.+)/.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown'
  } catch {
    return cpus()[0]?.model ?? 'unknown'
  }
}

function chromiumVersion(executable: string | undefined): string {
  if (!executable) return 'none'
  try {
    return execFileSync(executable, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return 'unknown'
  }
}

/** The machine a run happened on, so figures from different runs are compared fairly. */
export function describeMachine(chromium: string | undefined): Record<string, string> {
  return {
    cpus: String(cpus().length),
    cpuModel: cpuModel(),
    memory: `${(totalmem() / GB).toFixed(1)} GB total, ${(freemem() / GB).toFixed(1)} GB free`,
    loadAverage: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
    node: process.version,
    chromium: chromiumVersion(chromium),
    platform: `${process.platform} ${process.arch}`,
  }
}
