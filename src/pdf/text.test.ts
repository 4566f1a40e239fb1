import type { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { wrap } from './text.ts';

/** A stand-in for jsPDF's measure, every character 5 units wide, that counts the characters it measured. */
function measuringDoc(): { doc: jsPDF; measured: () => number } {
  let measured = 0;
  const doc = {
    getTextWidth(text: string) {
      measured += text.length;
      return text.length * 5;
    },
  };
  return { doc: doc as unknown as jsPDF, measured: () => measured };
}

describe('wrapping text for the report', () => {
  it('breaks a word too long for a line into lines that each fit', () => {
    const { doc } = measuringDoc();
    expect(wrap(doc, 'tiny abcdefghijklmnopqrstuvwxy end', 50)).toEqual(['tiny', 'abcdefghij', 'klmnopqrst', 'uvwxy end']);
    expect(wrap(doc, 'abc', 2)).toEqual(['a', 'b', 'c']); // narrower than a character: one a line, never stuck
  });

  it('breaks a word too long for a line after a slash or hyphen in it, where it has one', () => {
    const { doc } = measuringDoc();
    expect(wrap(doc, 'Delivery/implementation', 80)).toEqual(['Delivery/', 'implementation']);
    expect(wrap(doc, 'after-sales-service', 60)).toEqual(['after-sales-', 'service']);
  });

  it('measures a long word in time that grows with its length, not with its length times its lines', () => {
    const cost = (length: number) => {
      const { doc, measured } = measuringDoc();
      const lines = wrap(doc, 'x'.repeat(length), 500);
      expect(lines).toHaveLength(length / 100);
      return measured();
    };
    // Twice the word, twice the lines: about twice the measuring, where halving over the rest
    // of the word at every line cost several times more.
    expect(cost(20_000) / cost(10_000)).toBeLessThan(2.2);
  });
});
