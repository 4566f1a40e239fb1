import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { deleteNotes, setNoteText } from '../../doc/index.ts';
import { LIMITS } from '../../model/index.ts';
import { useCanEdit, useCanvasActions } from '../canvasContext.ts';
import { ConnectorHandles } from '../connectors/ConnectorHandles.tsx';
import { PeerSelectionOutline } from '../presence/PeerSelectionOutline.tsx';
import { InlineText } from '../InlineText.tsx';
import type { JourneyNode, NoteNodeData } from '../layout.ts';

type Props = NodeProps<Extract<JourneyNode, { type: 'note' }>>;

/** A free sticky note, anywhere on the canvas. */
export const NoteNode = memo(function NoteNode({ data, selected }: Props) {
  const { note } = data as NoteNodeData;
  const { ctx, noteToEdit, clearNoteToEdit } = useCanvasActions();
  const canEdit = useCanEdit();
  const t = useT();
  return (
    <>
      <div className={`note-node tint-${note.color} ${selected ? 'is-selected' : ''}`} aria-label={note.text ? t('lanes.note.label', { text: note.text }) : t('lanes.note.labelEmpty')}>
        <InlineText ctx={ctx} root="notes" id={note.id} field="text" className="note-node__text" label={t('lanes.note.text')} placeholder={t('lanes.note.placeholder')} fieldPlaceholder={t('lanes.note.fieldPlaceholder')} maxLength={LIMITS.longText} value={note.text} multiline onText={(text) => setNoteText(ctx, note.id, text)} startEditing={noteToEdit === note.id} onEditingStarted={clearNoteToEdit} />
        {canEdit && (
          <div className="node-actions nodrag">
            <button className="icon-button icon-button--danger" aria-label={t('lanes.note.delete')} onClick={() => deleteNotes(ctx, [note.id])}>×</button>
          </div>
        )}
      </div>
      <ConnectorHandles />
      <PeerSelectionOutline />
    </>
  );
});
