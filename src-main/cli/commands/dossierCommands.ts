import type { Command } from 'commander';

/** Registers the dossier commands (to be filled in). */
export function registerDossierCommands(program: Command): void {
  void program;
}
