/**
 * What went wrong, as a person reads it: each id is `errors.<code>`, and the code is what the
 * server sends beside its English sentence (REST bodies, close reasons) and what the file reader
 * and the page name their own failures by (src/i18n/problem.ts). Values are plain data the
 * sender gives: counts, sizes, ids of roles and record kinds.
 */

/** "in 5 minutes" / "in 30 seconds", for the rate limits' `unit` and `count`. */
const TRY_AGAIN = 'try again in {unit, select, minute {{count, plural, one {# minute} other {# minutes}}} other {{count, plural, one {# second} other {# seconds}}}}';

export const errors = {
  // Links and boards
  'errors.linkMissing': 'This board opens only through one of its links, and none came with this request.',
  'errors.linkNotValid': 'This link does not open this board: its owner may have replaced it.',
  'errors.linkTooWeak':
    'This link cannot do that: it needs {needed, select, owner {the owner’s link} edit {an edit link or a stronger one} comment {a comment link or a stronger one} other {a stronger link}}.',
  'errors.linkReplaced': 'This link was replaced by the board’s owner. Ask them for the new one.',
  'errors.boardNotFound': 'This board does not exist.',
  'errors.boardGone': 'This board no longer exists.',
  'errors.boardInTrash': 'This board is in the trash.',
  'errors.boardTrashed': 'This board was moved to the trash.',
  'errors.trashFirst': 'Move the board to the trash before deleting it for good.',
  'errors.titleRequired': 'A board needs a title.',
  'errors.boardLoadFailed': 'The server could not load this board. Try again in a moment.',
  'errors.boardLoadRetrying': 'The server could not load this board. Your copy is kept; retrying…',
  // Templates and the admin link
  'errors.templateNotFound': 'This template no longer exists.',
  'errors.templateNameInvalid': 'A template needs a name of 1 to {max} characters.',
  // Versions
  'errors.versionNameRequired': 'A version needs a name of 1 to {max} characters.',
  'errors.versionNotFound': 'This version of the board no longer exists.',
  'errors.tooManyVersions': 'This board keeps {max, number} named versions at most.',
  'errors.adminLinkMissing': 'The team’s templates are managed with the server’s admin link, and this browser does not hold it.',
  'errors.adminLinkNotValid': 'This is not the server’s admin link: it may have been replaced.',
  // Limits and load
  'errors.tooManyNewBoards': `Too many new boards from your address: ${TRY_AGAIN}.`,
  'errors.tooManyImports': `Too many boards imported from your address: ${TRY_AGAIN}.`,
  'errors.tooManyTemplateWrites': `Too many changes to templates from your address: ${TRY_AGAIN}.`,
  'errors.tooManyClockReads': `Too many requests for the time from your address: ${TRY_AGAIN}.`,
  'errors.tooManyConnections': `Too many connections opened from your address: ${TRY_AGAIN}.`,
  'errors.tooManyMisses': `Too many requests for boards or templates that do not exist from your address: ${TRY_AGAIN}.`,
  'errors.uploadsBusy': 'Too many uploads from your address at once: wait for one to finish, then try again in {seconds} s.',
  'errors.serverReceivingTooMuch': 'The server is receiving too many uploads at once: try again in {seconds} s.',
  'errors.uploadTooSlow': 'The upload took too long and was stopped.',
  'errors.uploadStalled': 'The upload stopped sending and was dropped.',
  'errors.bodyTooLarge': 'What was sent is larger than the {megabytes} MB the server accepts.',
  'errors.serverBusy': 'The server is busy drawing reports and reading files for others: try again in {seconds} s.',
  'errors.reportTooSlow': 'The report took longer than {seconds} s to draw and was stopped: try again in a minute, or export it from the board in your browser.',
  'errors.reportTooBig': 'The report needed more than the {megabytes} MB of memory the server gives one report: export it from the board in your browser.',
  'errors.fileTooSlow': 'The file took longer than {seconds} s to read and was stopped: try again in a minute, or with a smaller file.',
  'errors.fileTooBig': 'The file needs more than the {megabytes} MB of memory the server gives one file: split it into smaller boards.',
  'errors.shuttingDown': 'The server is shutting down: try again in a minute.',
  // What the page itself meets
  'errors.unreachable': 'The server cannot be reached. Check your connection and try again.',
  'errors.serverAnswered': 'The server answered with an error ({status}).',
  'errors.badRequest': 'The server did not understand a request from this page. Reload the page and try again.',
  'errors.otherSite': 'The server refuses requests from other sites.',
  'errors.internal': 'Something went wrong on the server. Try again in a moment.',
  // A board file, read here or on the server
  'errors.fileNotJson': 'This file is not JSON, so it cannot be a Journeyboard file.',
  'errors.fileNotJourneyboard': 'This is not a Journeyboard file: it has no "type": "journeyboard".',
  'errors.fileNoVersion': 'This Journeyboard file has no valid version number (at "version").',
  'errors.fileTooNew': 'This file was made by a newer Journeyboard (file version {version}); this one reads versions up to {supported}.',
  'errors.fileTooManyRecords':
    'This file holds {count, number} {kind, select, stages {stages} lanes {lanes} cards {cards} notes {sticky notes} connectors {connectors} strategy {strategy items} comments {comments} votes {votes} other {records}}; a board holds at most {max, number}.',
  'errors.fileExtraTooDeep': 'Invalid field at "{path}": it nests deeper than the {max} levels a field this version does not know may hold.',
  'errors.fileExtraTooLarge': 'Invalid field at "{path}": the fields this version does not know take {size} there; a record may keep at most {max} of them.',
  'errors.fileExtraTooLargeInAll': 'The fields this version does not know take {size} in all (the first at "{path}"); a board may keep at most {max} of them.',
  'errors.fileInvalidField': 'Invalid field at "{path}": its value is not one this field can hold.',
  'errors.fileUnreadable': 'This file could not be read.',
  // A live board's connection
  'errors.changesTooLarge': 'Changes made here are too large to send at once. They are kept in this browser: export the board as a file to save them.',
  'errors.changeRefused': 'The server refused a change made here.',
  'errors.changeMalformed': 'The server could not read a change made here.',
  'errors.textTooLong': 'The server refused a change made here: a text would hold {length, number} characters, over its {max, number}.',
  'errors.tooManyRecords':
    'The server refused a change made here: a board holds at most {max, number} {kind, select, stages {stages} lanes {lanes} cards {cards} notes {sticky notes} connectors {connectors} strategy {strategy items} comments {comments} votes {votes} scores {scores on a lane} other {records}}.',
  'errors.linkRefusedChange': 'The server refused a change made here: this link does not allow it.',
  'errors.viewCannotChange': 'The server refused a change made here: a view link cannot change the board.',
  'errors.ownerRenamesOnly': 'The server refused a change made here: only the owner can rename the board.',
  'errors.lockedStructure': 'The server refused a change made here: what it changed is locked, and only the workshop’s facilitator or the board’s owner can change it.',
  'errors.facilitatorOnly': 'The server refused a change made here: only the workshop’s facilitator can change the workshop.',
  'errors.dotNotYours': 'The server refused a change made here: a dot can be placed or taken back only by the person whose dot it is.',
  'errors.dotRoundClosed': 'The server refused a change made here: dots are placed and taken back only while their round is open.',
  'errors.dotOutOfRound': 'The server refused a change made here: a dot goes only on a card of its round.',
  'errors.dotUnchanged': 'The server refused a change made here: a dot is never changed, only placed or taken back.',
  'errors.commentOnlyComments': 'The server refused a change made here: a comment link can only add comments and votes.',
  'errors.commentAsItself': 'The server refused a change made here: a comment link writes only as itself.',
  'errors.changesSince': '{failure} Changes made here since cannot be sent either.',
} as const;
