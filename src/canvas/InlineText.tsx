import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../browser/i18n.tsx';
import { may, type EditContext, type RecordRoot } from '../doc/index.ts';
import { CollaborativeTextField } from '../text/CollaborativeTextField.tsx';
import { useOwnTyping } from '../text/ownTyping.ts';
import { useRecordText } from '../text/useRecordText.ts';

interface Props {
  ctx: EditContext;
  /** Where the text lives: a record's field stored as a Y.Text. */
  root: RecordRoot;
  id: string;
  field: string;
  /** The text as the board reads it, shown while nobody edits it here. */
  value: string;
  label: string;
  maxLength: number;
  /** Shown for an empty text. */
  placeholder?: string;
  /** Shown in the empty field while editing; the placeholder if not given. */
  fieldPlaceholder?: string;
  className?: string;
  multiline?: boolean;
  /** Typing: called with the whole new value after each edit, e.g. `(v) => setStageText(ctx, id, 'title', v)`. */
  onText(value: string): void;
  /** Mounted editing, with the caret in the field (a record just added); `onEditingStarted` then runs. */
  startEditing?: boolean;
  onEditingStarted?: () => void;
  /** Shown as text only, though the link may edit: the record is locked (model/lock.ts). */
  readOnly?: boolean;
}

/**
 * Text shown as text and edited in place: double-click or Enter to edit. While editing, the
 * field is bound live to the shared text, so each keystroke reaches the others as it is typed
 * and theirs arrive here. Enter or leaving the field ends editing (Shift+Enter makes a new line
 * where multiline).
 */
export function InlineText({ value, label, placeholder, fieldPlaceholder = placeholder, className = '', ...field }: Props) {
  if (!may(field.ctx, 'edit') || field.readOnly) return <span className={`inline-text ${className} ${value ? '' : 'inline-text--empty'}`}>{value}</span>;
  const { readOnly: _readOnly, ...editable } = field;
  return <EditableText value={value} label={label} placeholder={placeholder} fieldPlaceholder={fieldPlaceholder} className={className} {...editable} />;
}

function EditableText({ value, label, placeholder, fieldPlaceholder, className, startEditing = false, onEditingStarted, ...field }: Props & { className: string }) {
  const t = useT();
  const [editing, setEditing] = useState(startEditing);
  // The request is taken once: a node mounted again later (scrolled back into view) shows its text.
  useEffect(() => {
    if (startEditing) onEditingStarted?.();
  }, [startEditing, onEditingStarted]);
  const shown = useRef<HTMLSpanElement>(null);
  // Ended from the keyboard: the focus goes back to the text, where the keyboard left off.
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    shown.current?.focus();
  }, [editing]);

  if (editing) {
    // The field sits in a box styled as the text, so it takes the text's place, font and width.
    return (
      <div className={`inline-text inline-text--editing ${className}`}>
        <InlineTextField
          {...field}
          label={label}
          placeholder={fieldPlaceholder}
          onDone={(byKey) => {
            refocus.current = byKey;
            setEditing(false);
          }}
        />
      </div>
    );
  }
  return (
    <span
      ref={shown}
      className={`inline-text ${className} ${value ? '' : 'inline-text--empty'}`}
      role="button"
      tabIndex={0}
      aria-label={t('canvas.inline.field', { label, value: value || t('canvas.inline.empty') })}
      onDoubleClick={() => setEditing(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          setEditing(true);
        }
      }}
    >
      {value || placeholder}
    </span>
  );
}

type FieldProps = Omit<Props, 'value' | 'className' | 'fieldPlaceholder'> & { onDone(byKey: boolean): void };

function InlineTextField({ ctx, root, id, field, label, maxLength, placeholder, multiline, onText, onDone }: FieldProps) {
  const text = useRecordText(ctx, root, id, field);
  const own = useOwnTyping(ctx, text);
  const ended = useRef(false);
  const end = (byKey: boolean) => {
    if (ended.current) return;
    ended.current = true;
    onDone(byKey);
  };
  return (
    <CollaborativeTextField
      text={text}
      onText={onText}
      label={label}
      maxLength={maxLength}
      multiline={multiline}
      rows={multiline ? 3 : 1}
      // nodrag nowheel: selecting text with the mouse, or scrolling it, must not move the map.
      className="inline-text__field nodrag nowheel"
      placeholder={placeholder}
      autoFocus
      onBlur={() => end(false)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
          e.preventDefault();
          end(true);
        } else if (e.key === 'Escape') {
          // The typing went out live and others may have built on it: Escape takes back only
          // this person's own edits since editing began (their undo, see useOwnTyping), keeping
          // others' letters, as Escape has always meant "leave it as it was" here.
          e.preventDefault();
          own.revert();
          end(true);
        }
      }}
    />
  );
}
