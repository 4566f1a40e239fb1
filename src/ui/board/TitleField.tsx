import { useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { metaMap, tidyBoardTitle, typeBoardTitle, type EditContext } from '../../doc/index.ts';
import { LIMITS } from '../../model/index.ts';
import { CollaborativeTextField } from '../../text/CollaborativeTextField.tsx';
import { useOwnTyping } from '../../text/ownTyping.ts';
import { useSharedText } from '../../text/useRecordText.ts';

interface Props {
  ctx: EditContext;
  /** The title as the board reads it. */
  title: string;
  /** While the page shows a preview: the document the field would edit is still loading. */
  readOnly: boolean;
}

/**
 * The board title, bound live to its shared text: each keystroke reaches the others as it is
 * typed (one line), and theirs arrive here. When this person stops typing (Enter, or leaving
 * the field) the title is tidied to single spaces; one they left blank gets back what it was
 * before they typed, or the default title, so a board is never listed without a name.
 */
export function TitleField(props: Props) {
  // The whole title on hover, wherever the header had to cut it (a textarea takes no title of its own).
  return (
    <span className="title-field-box" title={props.title}>
      <Field {...props} />
    </span>
  );
}

function Field({ ctx, title, readOnly }: Props) {
  const t = useT();
  const [focused, setFocused] = useState(false);
  // The plain field of an older board had the focus: the shared one that replaces it takes it.
  const [takeFocus, setTakeFocus] = useState(false);
  // An older board may hold the title as a plain string: it becomes a shared text when someone
  // starts editing it, not for everyone who merely looks.
  const text = useSharedText(readOnly ? undefined : metaMap(ctx.doc), 'title', focused);
  const own = useOwnTyping(ctx, focused ? text : null);

  if (readOnly || !text) {
    return (
      <input
        className="title-field"
        aria-label={t('board.header.title')}
        readOnly
        value={title}
        onFocus={() => {
          if (readOnly) return;
          setFocused(true);
          setTakeFocus(true);
        }}
      />
    );
  }
  return (
    <CollaborativeTextField
      className="title-field"
      label={t('board.header.title')}
      placeholder={t('board.header.untitled')}
      maxLength={LIMITS.title}
      autoFocus={takeFocus}
      text={text}
      onText={(value) => typeBoardTitle(ctx, value)}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        if (own.typed()) {
          if (!text.toString().trim()) own.revert();
          tidyBoardTitle(ctx);
        }
        setFocused(false);
      }}
      onKeyDown={(e) => {
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Enter') {
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          // Edits went out live: Escape takes back this person's own since the field took the
          // focus (see useOwnTyping), keeping what others typed meanwhile, as it always put
          // back the title as it was.
          own.revert();
          e.currentTarget.blur();
        }
      }}
    />
  );
}
