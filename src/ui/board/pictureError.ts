import type { MessageId } from '../../i18n/index.ts';

/** A picture that could not be made, with the message that says why in the reader's language. */
export class PictureError extends Error {
  constructor(readonly messageId: MessageId) {
    super(messageId);
    this.name = 'PictureError';
  }
}
