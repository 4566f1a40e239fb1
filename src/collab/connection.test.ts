import { describe, expect, it } from 'vitest';
import { finalFailure } from './connection.ts';

describe('finalFailure', () => {
  it("names the server's reason for a refused change, and offers to discard the copy that holds it", () => {
    const failure = finalFailure({ code: 1007, reason: "update refused: a card's title would hold 600 characters, over its 500" });
    expect(failure).toEqual({
      message: "The server refused a change made here: a card's title would hold 600 characters, over its 500. Changes made here since cannot be sent either.",
      copyRefused: true,
    });
  });

  it('keeps a reason the server cut short as it came, and says what it can without one', () => {
    expect(finalFailure({ code: 1007, reason: 'update cannot be decoded: a length points past the…' })?.message).toMatch(
      /^The server refused a change made here: update cannot be decoded: a length points past the… Changes/,
    );
    expect(finalFailure({ code: 1007, reason: '' })?.message).toMatch(/^The server refused a change made here\. Changes/);
  });

  it('stops at changes too large to send, and retries anything else', () => {
    expect(finalFailure({ code: 1009, reason: '' })).toMatchObject({ message: expect.stringMatching(/^Changes made here are too large to send at once\./), copyRefused: true });
    for (const code of [1000, 1001, 1006, 1008, 1011, 4500]) expect(finalFailure({ code, reason: 'whatever' })).toBeUndefined();
  });
});
