import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/index.ts';
import { laneName, namedApartFromKind, ownLaneTitle } from './laneName.ts';

const zh = translatorFor('zh');
const en = translatorFor('en');

describe('laneName', () => {
  it('names a lane without a title after its kind, in the reader’s language', () => {
    expect(laneName({ kind: 'painPoints', title: '' }, en)).toBe('Pain points');
    expect(laneName({ kind: 'painPoints', title: '  ' }, zh)).toBe('痛点');
  });

  it('keeps a title someone gave the lane, in whatever language it was written', () => {
    expect(laneName({ kind: 'touchpoints', title: 'Touchpoint' }, zh)).toBe('Touchpoint');
    expect(laneName({ kind: 'opportunities', title: '应对策略' }, en)).toBe('应对策略');
  });

  it('reads the English kind label an older board stored as its title as no title', () => {
    expect(ownLaneTitle({ kind: 'touchpoints', title: 'Touchpoints' })).toBe('');
    expect(laneName({ kind: 'touchpoints', title: 'Touchpoints' }, zh)).toBe('触点');
    // Only the lane's own kind: a pain-point lane called "Opportunities" is a title of its own.
    expect(laneName({ kind: 'painPoints', title: 'Opportunities' }, zh)).toBe('Opportunities');
  });

  it('tells when a lane’s own title says more than its kind', () => {
    expect(namedApartFromKind({ kind: 'owner', title: 'Who at Furn. Co' }, en)).toBe(true);
    expect(namedApartFromKind({ kind: 'touchpoints', title: '触点' }, zh)).toBe(false);
    expect(namedApartFromKind({ kind: 'touchpoints', title: '触点' }, en)).toBe(true);
    expect(namedApartFromKind({ kind: 'touchpoints', title: 'Touchpoints' }, en)).toBe(false);
    expect(namedApartFromKind({ kind: 'touchpoints', title: '' }, zh)).toBe(false);
  });
});
