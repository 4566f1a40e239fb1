/**
 * The server settings every benchmark runs with. A benchmark is a load from one address that no
 * room of people makes (durable writes open boards by the hundred, two sockets each; the memory
 * run creates and reopens boards by the thousand), so the per-address limits are raised far
 * above it. They are still counted, so their cost is in every figure.
 */
export const BENCH_SERVER_ENV: Record<string, string> = {
  LIMIT_NEW_BOARDS: '1000000/1m',
  LIMIT_IMPORTS: '1000000/1m',
  LIMIT_SOCKET_OPENS: '1000000/1m',
  MAX_SOCKETS_PER_ADDRESS: '100000',
  // Durable writes send thousands of updates a second down one socket.
  LIMIT_SOCKET_MESSAGES: '100000000/1s',
};
