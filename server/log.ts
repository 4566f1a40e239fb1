/** One short line per notable event. Lines carry paths, never query strings (tokens travel there). */
export type Log = (line: string) => void;

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The path alone: query strings will carry access tokens and must never reach a log line. */
export function pathnameOf(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}
