import { describe, expect, it } from 'vitest';
import { createAddressReplies, createBucket, createSocketBudget } from './socketBudget.ts';

const unlimited = () => createBucket({ points: Number.MAX_SAFE_INTEGER, seconds: 1 }, () => 0);

describe('a socket budget', () => {
  it('lets a burst through, then one message per refill', () => {
    let time = 0;
    const budget = createSocketBudget({ points: 100, seconds: 10 }, unlimited(), () => time);
    for (let i = 0; i < 100; i++) expect(budget.take(10)).toBe(0);
    // Ten per second: the next message waits 100 ms, and is not taken until then.
    expect(budget.take(10)).toBe(100);
    time += 60;
    expect(budget.take(10)).toBe(40);
    time += 40;
    expect(budget.take(10)).toBe(0);
    time += 10_000;
    for (let i = 0; i < 100; i++) expect(budget.take(10)).toBe(0);
  });

  it('charges big messages by their size', () => {
    const budget = createSocketBudget({ points: 100, seconds: 10 }, unlimited(), () => 0);
    expect(budget.take(64 * 1024 * 24)).toBe(0); // 1 + 96 tokens
    expect(budget.take(64 * 1024)).toBe(200); // 5 tokens, 3 held: 2 short at 10 a second
  });

  it('charges big answers after the fact, so the next message waits for the debt', () => {
    let time = 0;
    const budget = createSocketBudget({ points: 100, seconds: 10 }, unlimited(), () => time);
    expect(budget.take(10)).toBe(0); // 99 left
    budget.charge(16 * 1024 * 250, false); // a 4 MB board: 250 tokens, 151 owed
    // Ten a second: 152 tokens, the owed and the next message's one, take 15.2 s.
    expect(budget.take(10)).toBe(15_200);
    time += 15_200;
    expect(budget.take(10)).toBe(0);
  });

  it('does not charge small answers, nor the socket for the board it joins with', () => {
    const small = createSocketBudget({ points: 1, seconds: 1 }, unlimited(), () => 0);
    small.charge(16 * 1024 - 1, false);
    expect(small.take(10)).toBe(0);
    const joining = createSocketBudget({ points: 1, seconds: 1 }, unlimited(), () => 0);
    joining.charge(16 * 1024 * 250, true);
    expect(joining.take(10)).toBe(0);
  });

  it("charges every answer to the address, whose debt holds all of its sockets", () => {
    let time = 0;
    const replies = createBucket({ points: 1000, seconds: 1 }, () => time); // a token a millisecond
    const sockets = Array.from({ length: 3 }, () => createSocketBudget({ points: 100, seconds: 1 }, replies, () => time));
    // Each socket joins with a 16 MB board: free for each socket, not for the address.
    for (const socket of sockets) socket.charge(16 * 1024 * 1024, true);
    // 3,072 tokens spent of 1,000: every socket of the address waits out the 2,072 owed.
    for (const socket of sockets) expect(socket.take(10)).toBe(2072);
    time += 2072;
    for (const socket of sockets) expect(socket.take(10)).toBe(0);
  });
});

describe("an address's answer buckets", () => {
  it('shares one bucket among the sockets of an address, and not with other addresses', () => {
    const replies = createAddressReplies({ points: 10, seconds: 1 });
    const a = replies.hold('203.0.113.1');
    const b = replies.hold('203.0.113.1');
    const other = replies.hold('198.51.100.7');
    expect(a.bucket).toBe(b.bucket);
    expect(other.bucket).not.toBe(a.bucket);
  });

  it('keeps a debt when the sockets that ran it up close, and forgets a full bucket', () => {
    const replies = createAddressReplies({ points: 10, seconds: 3600 });
    const first = replies.hold('203.0.113.1');
    first.bucket.spend(50);
    first.release();
    const again = replies.hold('203.0.113.1');
    expect(again.bucket).toBe(first.bucket);
    again.release();

    const paid = replies.hold('198.51.100.7');
    paid.release();
    expect(replies.hold('198.51.100.7').bucket).not.toBe(paid.bucket);
  });
});
