import type { Command } from 'commander';

/** Registers the import commands (to be filled in). */
export function registerImportCommands(program: Command): void {
  void program;
}
