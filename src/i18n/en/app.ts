/** The app's shell: the product's name, the page-not-found message, opening a file anywhere. */
export const app = {
  'app.name': 'Journeyboard',
  'app.notFound.title': 'Page not found',
  'app.notFound.text': 'There is nothing at this address.',
  'app.backToBoards': 'Back to your boards',
  'app.ok': 'OK',
  'app.import.drop': 'Drop a Journeyboard file to open it as a new board',
  'app.import.failed': 'This file could not be opened',
  'app.import.tooLarge': '“{name}” is {megabytes} MB; a Journeyboard file can be up to {max} MB.',
  'app.import.unreadable': '“{name}” could not be read.',
  'app.import.problem': '“{name}”: {problem}',
  'app.import.notImported': '“{name}” could not be imported: {reason}',
  'app.import.repaired': 'Opened, with repairs',
  'app.import.repairedText': 'Some of the file did not hold together. The board opened with these changes:',
  // One line per kind of repair, with how many records it touched (src/file/read.ts).
  'app.repair.repeatedIds':
    '{count, plural, one {# record repeated the id of another: the repeat was left out.} other {# records repeated the ids of others: the repeats were left out.}}',
  'app.repair.unreadablePositions':
    '{count, plural, one {# record had a position that could not be read: it was placed last in its row, cell or section.} other {# records had positions that could not be read: they were placed last in their rows, cells or sections.}}',
  'app.repair.connectorsToMissingCards':
    '{count, plural, one {# connector led to a card or note the file does not hold: it was left out.} other {# connectors led to cards or notes the file does not hold: they were left out.}}',
  'app.repair.commentsOnMissingRecords':
    '{count, plural, one {# comment was on something the file does not hold: it was left out.} other {# comments were on things the file does not hold: they were left out.}}',
  'app.repair.votesOnMissingCards':
    '{count, plural, one {# vote was on a card the file does not hold: it was left out.} other {# votes were on cards the file does not hold: they were left out.}}',
  'app.repair.locksOnMissingRecords':
    '{count, plural, one {# lock was on a stage, lane or card the file does not hold: it was left out.} other {# locks were on stages, lanes or cards the file does not hold: they were left out.}}',
  'app.repair.strategyItemsOnMissingStages':
    '{count, plural, one {# strategy item was tied to a stage the file does not hold: the tie was removed and the item kept.} other {# strategy items were tied to stages the file does not hold: the ties were removed and the items kept.}}',
  'app.repair.lanesOfMissingPersonas':
    '{count, plural, one {# emotion lane belonged to a persona the file does not hold: it was kept as no one’s curve.} other {# emotion lanes belonged to personas the file does not hold: they were kept as no one’s curves.}}',
} as const;
