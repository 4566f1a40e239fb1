/**
 * A person's initials for an avatar: the first letter or digit of the first and last words that
 * have one, so "Fran (facilitator)" reads "FF" rather than "F(", and "王小明" reads "王".
 */
export function initials(name: string): string {
  const firsts = name
    .trim()
    .split(/\s+/)
    .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0])
    .filter((letter): letter is string => letter !== undefined);
  return ((firsts[0] ?? '') + (firsts.length > 1 ? firsts.at(-1)! : '')).toUpperCase() || '?';
}
