import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { getRecord, recordsMap } from '../../src/doc/layout.ts';
import { LIMITS } from '../../src/model/index.ts';
import { LATEST_MOMENT } from '../../src/model/field.ts';
import { copyOf, edit, nest, send, withCard } from './checkTesting.ts';

/* What a hostile client writes into a record: the server takes only what the board's field specs hold. */
describe('checking the fields an update writes', () => {
  it('refuses unknown roots, unknown keys and values of the wrong kind', () => {
    const { server, person, card, lane } = withCard();
    const cardMap = () => getRecord(person.doc, 'cards', card)!;
    const attempts: [() => void, string][] = [
      [() => person.doc.getMap('evil').set('x', 1), 'refused: it writes to "evil", which is no part of a board'],
      [() => person.doc.getMap('toString').set('x', 1), 'refused: it writes to "toString", which is no part of a board'],
      [() => cardMap().set('constructor', 'x'), 'refused: it writes "constructor" on a card, which has no such field'],
      [() => cardMap().set('__proto__', 'x'), 'refused: it writes "__proto__" on a card, which has no such field'],
      [() => cardMap().set('script', '<img onerror=alert(1)>'), 'refused: it writes "script" on a card, which has no such field'],
      [() => cardMap().set('emotion', 5), "refused: it sets a card's emotion to something it cannot hold"],
      [() => cardMap().set('channel', 'x'.repeat(LIMITS.title + 1)), `refused: it sets a card's channel to something it cannot hold (at most ${LIMITS.title} characters)`],
      [() => cardMap().set('color', 'rgb(0,0,0)'), "refused: it sets a card's colour to something it cannot hold"],
      [() => cardMap().set('tags', Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`)), "refused: it sets a card's tags to something it cannot hold"],
      [() => recordsMap(person.doc, 'cards').set('x'.repeat(LIMITS.id + 1), new Y.Map()), `refused: it names a card with an id over ${LIMITS.id} characters`],
      [() => recordsMap(person.doc, 'cards').set('plain', 'not a map' as never), 'refused: it writes a card that is not a map of fields'],
      [() => cardMap().set('body', new Y.Array()), 'refused: it puts a shared type where a board has none'],
      [() => (cardMap().get('title') as Y.Text).format(0, 3, { bold: true }), 'refused: it writes format content, which no part of a board holds'],
      // A time past what a date holds: every screen formatting it would throw.
      [() => person.doc.getMap('session').set('timerEndsAt', LATEST_MOMENT + 1), "refused: it sets the workshop's timer ends at to something it cannot hold"],
      [() => cardMap().set('unknownFields', { a: nest(20) }), 'refused: it writes a card\'s unknown fields nested deeper than 16 or with values JSON cannot hold'],
      // A measure's and an opportunity's fields hold only what their editors can set.
      [() => cardMap().set('value', 1e20), "refused: it sets a card's value to something it cannot hold"],
      [() => cardMap().set('target', 'forty'), "refused: it sets a card's target to something it cannot hold"],
      [() => cardMap().set('unit', 'x'.repeat(LIMITS.unit + 1)), `refused: it sets a card's unit to something it cannot hold (at most ${LIMITS.unit} characters)`],
      [() => cardMap().set('better', 'sideways'), "refused: it sets a card's better when to something it cannot hold"],
      [() => cardMap().set('impact', 9), "refused: it sets a card's impact to something it cannot hold"],
      [() => cardMap().set('effort', 2.5), "refused: it sets a card's effort to something it cannot hold"],
      [() => getRecord(person.doc, 'lanes', lane)!.set('kind', 'trapdoor'), "refused: it sets a lane's kind to something it cannot hold"],
    ];
    for (const [attempt, verdict] of attempts) {
      expect(send(server, edit(person, attempt))).toBe(verdict);
      // A refused update holds clocks the room never had: this copy's next edits would depend on
      // it, so each attempt starts again from the server's copy.
      person.doc = copyOf(server).doc;
    }
    expect(server.share.has('evil')).toBe(false);
  });
});
