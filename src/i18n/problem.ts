import { errors } from './en/errors.ts';
import type { Translate } from './translate.ts';

/** A code the catalogue words as `errors.<code>`. */
export type ErrorCode = keyof typeof errors extends `errors.${infer Code}` ? Code : never;
export type ProblemValues = Record<string, string | number>;

/**
 * Something that went wrong, as a person is to be told it: the code the page words from its
 * catalogue, in its own language, and the values the message needs. The server sends one
 * beside its English sentence, which stays for logs and for clients that know no codes.
 */
export interface Problem {
  code: ErrorCode;
  values?: ProblemValues;
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errors, `errors.${code}`);
}

/** A problem from what another program sent (a response body), or null when it names none we know. */
export function asProblem(code: unknown, values: unknown): Problem | null {
  if (!isErrorCode(code)) return null;
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return { code };
  const kept = Object.entries(values).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number');
  return { code, values: Object.fromEntries(kept) };
}

export function problemText({ code, values }: Problem, t: Translate): string {
  return t(`errors.${code}`, values);
}

/*
 * A close frame carries a number and at most 123 bytes of reason, so a close that a person is
 * told about says its code first, then any values, then the English sentence:
 *   "textTooLong max=500: a card's title would hold 600 characters, over its 500"
 * Values are numbers or single words. A reason in any other shape is only a sentence.
 */
const CLOSE_REASON = /^([A-Za-z]+)((?: [A-Za-z]+=[\w.-]+)*): /;

export function closeReasonOf({ code, values = {} }: Problem, sentence: string): string {
  const pairs = Object.entries(values).map(([name, value]) => ` ${name}=${String(value).replace(/[^\w.-]/g, '')}`);
  return `${code}${pairs.join('')}: ${sentence}`;
}

export function problemOfCloseReason(reason: string): Problem | null {
  const match = CLOSE_REASON.exec(reason);
  if (!match || !isErrorCode(match[1])) return null;
  const values: ProblemValues = {};
  for (const pair of match[2]!.trim().split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=') as [string, string];
    values[name] = /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return { code: match[1], values };
}
