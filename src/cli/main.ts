/** @module The `molehunt` command: one file per subcommand, registered here. */
import { Command, CommanderError } from 'commander';
import { isMolehuntError } from '../model/index.js';
import { caseCommand, verifyCommand } from './case.js';
import { demoCommand } from './demo.js';
import { detectCommand, rulesCommand, signalsCommand } from './detect.js';
import { evalCommand } from './eval.js';
import { importCommand } from './import.js';
import { leaksCommand } from './leaks.js';
import { profilesCommand } from './profiles.js';
import { quarantineCommand } from './quarantine.js';
import { alertsCommand, riskCommand } from './risk.js';
import { serveCommand } from './serve.js';
import { startCommand } from './start.js';
import { statsCommand } from './stats.js';
import { timelineCommand } from './timeline.js';
import { userCommand } from './user.js';

const program = new Command('molehunt')
  .description(
    'Insider-risk and leak investigation: one timeline per person across physical, IT, HR and supplier records.',
  )
  .version('0.1.0');

for (const command of [
  startCommand(),
  serveCommand(),
  userCommand(),
  caseCommand(),
  verifyCommand(),
  leaksCommand(),
  importCommand(),
  demoCommand(),
  detectCommand(),
  signalsCommand(),
  riskCommand(),
  alertsCommand(),
  evalCommand(),
  rulesCommand(),
  profilesCommand(),
  timelineCommand(),
  statsCommand(),
  quarantineCommand(),
]) {
  program.addCommand(command);
}

// addCommand does not pass settings down: every subcommand, at any depth, throws instead of exiting, so a usage
// error (a missing required option included) exits 2 as documented.
const overrideExits = (command: Command): void => {
  command.exitOverride().showHelpAfterError('(add --help for usage)');
  command.commands.forEach(overrideExits);
};
overrideExits(program);

// `molehunt timeline … | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}

/** Prints an error for a person and returns the exit code: 2 for usage errors, 1 for everything else. */
function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help / version it was asked for).
    return error.exitCode === 0 ? 0 : 2;
  }
  if (isMolehuntError(error)) {
    console.error(`molehunt: ${error.message} [${error.code}]`);
    return error.code === 'MH_ERR_USAGE' ? 2 : 1;
  }
  console.error('molehunt: unexpected error; please report it with the command you ran:');
  console.error(error);
  return 1;
}
