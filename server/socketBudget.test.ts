import { describe, expect, it } from 'vitest';
import { createSocketBudget } from './socketBudget.ts';

describe('a socket budget', () => {
  it('lets a burst through, then one message per refill', () => {
    let time = 0;
    const budget = createSocketBudget({ points: 100, seconds: 10 }, () => time);
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
    const budget = createSocketBudget({ points: 100, seconds: 10 }, () => 0);
    expect(budget.take(64 * 1024 * 24)).toBe(0); // 1 + 96 tokens
    expect(budget.take(64 * 1024)).toBe(200); // 5 tokens, 3 held: 2 short at 10 a second
  });

  it('charges big replies after the fact, so the next message waits for the debt', () => {
    let time = 0;
    const budget = createSocketBudget({ points: 100, seconds: 10 }, () => time);
    expect(budget.take(10)).toBe(0); // 99 left
    budget.charge(16 * 1024 * 250); // a 4 MB board: 250 tokens, 151 owed
    // Ten a second: 152 tokens, the owed and the next message's one, take 15.2 s.
    expect(budget.take(10)).toBe(15_200);
    time += 15_200;
    expect(budget.take(10)).toBe(0);
  });

  it('does not charge small replies', () => {
    const budget = createSocketBudget({ points: 1, seconds: 1 }, () => 0);
    budget.charge(16 * 1024 - 1);
    expect(budget.take(10)).toBe(0);
  });
});
