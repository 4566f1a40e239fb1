/** What every benchmark is given: a running server and how many times to repeat itself. */
export interface BenchContext {
  serverUrl: string;
  runs: number;
}
