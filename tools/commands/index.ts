import type { Command } from '../command'
import { checkCommand } from './check'
import { confirmListCommand } from './confirmList'
import { keygenCommand } from './keygen'
import { fleetCommand } from './fleet'
import { packCommand } from './pack'
import { packConfigCommand } from './packConfig'
import { packKeyCommand } from './packKey'
import { proofCommand } from './proof'
import { schemaCommand } from './schema'
import { sheetCommand } from './sheet'
import { statsCommand } from './stats'
import { verifyCommand } from './verify'

/**
 * Every `kiosk-content` sub-command. To add one (keygen, pack, verify, stats, ...): create
 * `tools/commands/<name>.ts` exporting a `Command` (see tools/command.ts), import it here and
 * append it to this list. Nothing else needs to change: help text and dispatch come from it.
 */
export const commands: readonly Command[] = [
  checkCommand,
  schemaCommand,
  keygenCommand,
  packCommand,
  packConfigCommand,
  packKeyCommand,
  verifyCommand,
  statsCommand,
  sheetCommand,
  confirmListCommand,
  proofCommand,
  fleetCommand,
]
