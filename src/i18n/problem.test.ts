import { describe, expect, it } from 'vitest';
import { asProblem, closeReasonOf, problemOfCloseReason, problemText } from './problem.ts';
import { translatorFor } from './translate.ts';

describe('problems', () => {
  it('travel in a close reason as a code and values ahead of the English sentence, and come back whole', () => {
    const reason = closeReasonOf({ code: 'tooManyRecords', values: { max: 200, kind: 'stages' } }, 'update refused: a board holds at most 200 stages');
    expect(reason).toBe('tooManyRecords max=200 kind=stages: update refused: a board holds at most 200 stages');
    expect(problemOfCloseReason(reason)).toEqual({ code: 'tooManyRecords', values: { max: 200, kind: 'stages' } });
    // The sentence may be cut anywhere (a close reason holds 123 bytes): the code comes first.
    expect(problemOfCloseReason(reason.slice(0, 40))).toEqual({ code: 'tooManyRecords', values: { max: 200, kind: 'stages' } });
  });

  it('read a reason without a code we know as none', () => {
    for (const reason of ['', 'Board deleted', 'update cannot be decoded: a length points past the end', 'fromTheFuture: a newer server']) {
      expect(problemOfCloseReason(reason)).toBeNull();
    }
  });

  it('take from a response body only a known code and plain values', () => {
    expect(asProblem('boardNotFound', undefined)).toEqual({ code: 'boardNotFound' });
    expect(asProblem('serverBusy', { seconds: 5, nested: { x: 1 } })).toEqual({ code: 'serverBusy', values: { seconds: 5 } });
    expect(asProblem('toString', {})).toBeNull();
    expect(asProblem(42, {})).toBeNull();
  });

  it('are worded by the catalogue of the language asked for', () => {
    const problem = { code: 'tooManyNewBoards', values: { count: 5, unit: 'minute' } } as const;
    expect(problemText(problem, translatorFor('en'))).toBe('Too many new boards from your address: try again in 5 minutes.');
    expect(problemText(problem, translatorFor('zh'))).toBe('你的地址新建看板过于频繁，请在 5 分钟后重试。');
  });
});
