/** All commands of a case, as one block to paste into a shell. */
export function commandBlock(setupCommands: readonly string[], commands: readonly string[]): string {
  return [...setupCommands, ...commands].join('\n');
}
