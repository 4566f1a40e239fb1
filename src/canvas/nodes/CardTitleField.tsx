import { useRef, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { setCardText, type EditContext } from '../../doc/index.ts';
import { LIMITS } from '../../model/index.ts';
import { CollaborativeTextField } from '../../text/CollaborativeTextField.tsx';
import { useOwnTyping } from '../../text/ownTyping.ts';
import { useRecordText } from '../../text/useRecordText.ts';

interface Props {
  ctx: EditContext;
  cardId: string;
  /** The title when editing began. */
  title: string;
  /** Editing ended; `leftEmpty` when the title was empty then and is blank now. */
  onDone(leftEmpty: boolean): void;
}

/**
 * Edits a card's title in place, bound live to its shared text: each keystroke reaches the
 * others as it is typed, and theirs arrive here. Enter or leaving the field ends editing
 * (Shift+Enter for a new line). It looks as the map's other texts do while edited in place
 * (InlineText). `nodrag nowheel` keep React Flow from dragging or zooming while text is
 * selected or scrolled.
 */
export function CardTitleField({ ctx, cardId, title, onDone }: Props) {
  const t = useT();
  const text = useRecordText(ctx, 'cards', cardId, 'title');
  const own = useOwnTyping(ctx, text);
  const [startedEmpty] = useState(title === '');
  const ended = useRef(false);
  const end = () => {
    if (ended.current) return;
    ended.current = true;
    onDone(startedEmpty && !(text?.toString() ?? '').trim());
  };
  return (
    <CollaborativeTextField
      className="inline-text__field nodrag nowheel"
      label={t('lanes.card.titleField')}
      multiline
      rows={1}
      autoFocus
      maxLength={LIMITS.shortText}
      placeholder={t('lanes.card.titlePlaceholder')}
      text={text}
      onText={(value) => setCardText(ctx, cardId, 'title', value)}
      onBlur={end}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          end();
        } else if (e.key === 'Escape') {
          // Escape takes back only this person's own edits since editing began, keeping what
          // others typed meanwhile (see useOwnTyping): the typing went out live, and Escape
          // has always meant "leave it as it was" here.
          e.preventDefault();
          own.revert();
          end();
        }
      }}
    />
  );
}
