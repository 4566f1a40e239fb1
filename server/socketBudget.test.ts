import { describe, expect, it } from 'vitest';
import { createSocketBudget } from './socketBudget.ts';

describe('a socket budget', () => {
  it('lets a burst through, then asks for a pause that brings the sender down to the rate', () => {
    let time = 0;
    const budget = createSocketBudget({ points: 100, seconds: 10 }, () => time);
    for (let i = 0; i < 100; i++) expect(budget.spend(10)).toBe(0);
    // Ten per second: the next message overdraws by one, which takes 100 ms to earn back.
    expect(budget.spend(10)).toBe(100);
    time += 100;
    expect(budget.spend(10)).toBe(100);
    time += 10_000;
    expect(budget.spend(10)).toBe(0);
  });

  it('charges big messages by their size', () => {
    const budget = createSocketBudget({ points: 100, seconds: 10 }, () => 0);
    expect(budget.spend(64 * 1024 * 24)).toBe(0); // 1 + 96 tokens
    expect(budget.spend(64 * 1024)).toBeGreaterThan(0); // 5 more: 2 over
  });
});
