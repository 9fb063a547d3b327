import type { Command } from 'commander';

/** Registers the search commands (to be filled in). */
export function registerSearchCommands(program: Command): void {
  void program;
}
