/** `%value%` for ILIKE with the user's own %, _ and \ matched literally, not as wildcards. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
