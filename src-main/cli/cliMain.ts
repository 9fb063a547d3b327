import { Command } from 'commander';
import { CliCallError } from './cliSession';
import { registerCoreCommands } from './commands/coreCommands';
import { registerDossierCommands } from './commands/dossierCommands';
import { registerImportCommands } from './commands/importCommands';
import { registerSearchCommands } from './commands/searchCommands';
import { registerDeadlineCommands } from './commands/deadlineCommands';

// The command-line door: each command is a thin wrapper over calls of the contract (see cliSession).
const program = new Command('court-desk')
  .description('办案台命令行 / Court Desk command line (same calls as the app; for scripts and court IT)')
  .showHelpAfterError();

registerCoreCommands(program);
registerImportCommands(program);
registerSearchCommands(program);
registerDossierCommands(program);
registerDeadlineCommands(program);

program.parseAsync().catch((err: unknown) => {
  if (err instanceof CliCallError) {
    console.error(`错误 [${err.error.code}]：${err.error.message}`);
    process.exitCode = err.error.code === 'VALIDATION' ? 2 : 1;
  } else {
    console.error(`错误：${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
});
