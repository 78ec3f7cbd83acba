/**
 * The arguments of one of the bench's own tools (`npx tsx bench/<tool>.ts …`). `--help` or `-h`
 * prints the usage to stdout and exits 0; arguments `problem` finds wrong print what is wrong
 * and the usage to stderr and exit 2, before the tool starts a browser or a host.
 */
export function toolArgs(
  usage: string,
  problem: (args: readonly string[]) => string | undefined,
  argv: readonly string[] = process.argv.slice(2),
): string[] {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage)
    process.exit(0)
  }
  const wrong = problem(argv)
  if (wrong !== undefined) {
    console.error(`${wrong}\n${usage}`)
    process.exit(2)
  }
  return [...argv]
}

/** True for a whole number of at least 1 written in digits. */
export const isCount = (text: string): boolean => /^[1-9]\d*$/.test(text)
