import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../model/index.ts';
import { addTags, removeTag, splitTagInput } from './tags.ts';

describe('splitTagInput', () => {
  it('keeps typing that has no comma yet as the unfinished rest', () => {
    expect(splitTagInput('b2b')).toEqual({ tags: [], rest: 'b2b' });
  });

  it('turns each comma-ended part into a tag, trimmed and without a leading #', () => {
    expect(splitTagInput('b2b, #price,  lead ti')).toEqual({ tags: ['b2b', 'price'], rest: 'lead ti' });
  });

  it('makes the rest a tag too when the input is finished, and skips empty parts', () => {
    expect(splitTagInput(' , quote,,  follow up ', true)).toEqual({ tags: ['quote', 'follow up'], rest: '' });
    expect(splitTagInput('   ', true)).toEqual({ tags: [], rest: '' });
  });
});

describe('addTags', () => {
  it('appends new tags without repeating one already there in another case', () => {
    expect(addTags(['B2B'], ['b2b', 'price', 'price'])).toEqual(['B2B', 'price']);
  });

  it('cuts a long tag to size and stops at the most a card can hold', () => {
    expect(addTags([], ['x'.repeat(LIMITS.tag + 5)])).toEqual(['x'.repeat(LIMITS.tag)]);
    const many = Array.from({ length: LIMITS.tags + 3 }, (_, i) => `t${i}`);
    expect(addTags(['first'], many)).toHaveLength(LIMITS.tags);
  });
});

describe('removeTag', () => {
  it('removes exactly that tag', () => {
    expect(removeTag(['b2b', 'price'], 'b2b')).toEqual(['price']);
  });
});
