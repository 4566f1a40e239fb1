/** What every benchmark is given: a running server and how many times to repeat itself. */
export interface BenchContext {
  serverUrl: string;
  /** The server's process id, to read its CPU time. */
  serverPid: number | undefined;
  runs: number;
}
