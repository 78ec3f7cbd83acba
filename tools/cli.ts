import { showControls } from '../common/content/checks/controlChars'
import type { Command, CommandIO } from './command'
import { EXIT_OK, EXIT_USAGE } from './command'
import { commands as registeredCommands } from './commands'

/** The terminal: whatever a command prints, controls from a file are never written raw. */
const processIO: CommandIO = {
  out: (line) => process.stdout.write(`${showControls(line)}\n`),
  err: (line) => process.stderr.write(`${showControls(line)}\n`),
  cwd: process.cwd(),
}

function printHelp(commands: readonly Command[], write: (line: string) => void): void {
  write('Usage: kiosk-content <command> [arguments]')
  write('')
  const width = Math.max(...commands.map((c) => c.name.length))
  for (const c of commands) write(`  ${c.name.padEnd(width)}  ${c.summary}`)
  write('')
  write('Run `kiosk-content help <command>` for its arguments.')
}

function printUsage(command: Command, write: (line: string) => void): void {
  write(`Usage: kiosk-content ${command.name} ${command.usage}\n\n${command.summary}`)
}

/** Whether the arguments ask for help: `--help` or `-h` anywhere before a `--` separator. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--')
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')
}

/**
 * Runs `kiosk-content <command> ...args` and resolves to the exit code. Never throws: an
 * unexpected failure inside a command is reported on stderr with exit code 1, so scripts
 * always get an answer.
 */
export async function main(
  argv: readonly string[],
  io: CommandIO = processIO,
  commands: readonly Command[] = registeredCommands,
): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h') {
    printHelp(commands, name === undefined ? io.err : io.out)
    return name === undefined ? EXIT_USAGE : EXIT_OK
  }
  if (name === 'help') {
    const topic = commands.find((c) => c.name === args[0])
    if (topic) printUsage(topic, io.out)
    else printHelp(commands, io.out)
    return EXIT_OK
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    io.err(`kiosk-content: unknown command "${name}"`)
    printHelp(commands, io.err)
    return EXIT_USAGE
  }
  // Every command answers --help/-h the same way, before its own option parser sees it.
  if (asksForHelp(args)) {
    printUsage(command, io.out)
    return EXIT_OK
  }
  try {
    return await command.run(args, io)
  } catch (e) {
    io.err(`kiosk-content ${name}: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}
