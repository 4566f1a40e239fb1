import { describe, expect, it } from 'vitest';
import type { FanoutMessage } from './fanout.ts';
import { decodeFanout, encodeFanout } from './fanoutCodec.ts';

describe('fanout messages on the wire', () => {
  const messages: FanoutMessage[] = [
    { kind: 'update', seq: 2 ** 40, update: new Uint8Array([1, 2, 3]) },
    { kind: 'presence', awareness: new Uint8Array([9]), keys: [[7, 'hash-a'], [2 ** 31, 'hash-b']], held: [[8, '203.0.113.7']] },
    { kind: 'hello' },
    { kind: 'close', code: 4401, reason: 'This link was replaced by the board’s owner', role: 'view' },
    { kind: 'close', code: 4410, reason: 'Board deleted', role: null },
    { kind: 'discard' },
  ];

  it('reads back every kind as it was sent, with its sender', () => {
    for (const message of messages) expect(decodeFanout(encodeFanout('instance-1', message))).toEqual({ sender: 'instance-1', message });
  });

  it('refuses bytes of no known kind, cut short, or running past their end', () => {
    const hello = encodeFanout('i', { kind: 'hello' });
    const unknown = hello.slice();
    unknown[unknown.length - 1] = 99;
    expect(() => decodeFanout(unknown)).toThrow('no known kind');
    const update = encodeFanout('i', messages[0]!);
    expect(() => decodeFanout(update.subarray(0, update.length - 1))).toThrow();
    expect(() => decodeFanout(new Uint8Array([...hello, 0]))).toThrow('past its end');
  });

  it('refuses a close code that is not one of the board’s own', () => {
    expect(() => decodeFanout(encodeFanout('i', { kind: 'close', code: 1005, reason: 'x', role: null }))).toThrow('close code');
  });

  it('reads a role that is none of the four as none, closing every socket rather than a made-up role', () => {
    const bytes = encodeFanout('i', { kind: 'close', code: 4401, reason: 'x', role: 'admin' as never });
    expect(decodeFanout(bytes).message).toEqual({ kind: 'close', code: 4401, reason: 'x', role: null });
  });
});
