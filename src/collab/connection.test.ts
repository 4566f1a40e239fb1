import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/index.ts';
import { failureText, finalFailure } from './connection.ts';

const english = translatorFor('en');
const chinese = translatorFor('zh');

describe('finalFailure', () => {
  it("words the server's coded reason for a refused change from the catalogue, and offers to discard the copy that holds it", () => {
    const failure = finalFailure({ code: 1007, reason: "textTooLong length=600 max=500: a card's title would hold 600 characters, over its 500" })!;
    expect(failure.copyRefused).toBe(true);
    expect(failureText(failure, english)).toBe('The server refused a change made here: a text would hold 600 characters, over its 500. Changes made here since cannot be sent either.');
    expect(failureText(failure, chinese)).toBe('服务器拒绝了此处的一项更改：有一段文字会达到 600 个字符，超过 500 个字符的上限。此后在这里所做的更改也无法发送。');
  });

  it('says what it can of a reason without a code, or with one it does not know', () => {
    for (const reason of ['', 'update cannot be decoded: a length points past the…', 'someNewCode: a reason from a newer server']) {
      expect(failureText(finalFailure({ code: 1007, reason })!, english)).toBe('The server refused a change made here. Changes made here since cannot be sent either.');
    }
  });

  it('names what a link may not do, as the server coded it', () => {
    const failure = finalFailure({ code: 4403, reason: 'ownerRenamesOnly: only the owner can rename the board' })!;
    expect(failureText(failure, english)).toBe('The server refused a change made here: only the owner can rename the board.');
    expect(failure.copyRefused).toBe(true);
    expect(failureText(finalFailure({ code: 4403, reason: 'from an older server' })!, chinese)).toBe('服务器拒绝了此处的一项更改：此链接不允许这样做。');
  });

  it('stops at changes too large to send, and retries anything else', () => {
    expect(finalFailure({ code: 1009, reason: '' })).toMatchObject({ problem: { code: 'changesTooLarge' }, copyRefused: true });
    for (const code of [1000, 1001, 1006, 1008, 1011, 4500]) expect(finalFailure({ code, reason: 'whatever' })).toBeUndefined();
  });
});
