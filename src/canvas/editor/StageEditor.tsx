import * as Dialog from '@radix-ui/react-dialog';
import { deleteStage, updateStage, type EditContext } from '../../doc/index.ts';
import { LIMITS, type Board } from '../../model/index.ts';
import { ColorSwatches } from './ColorSwatches.tsx';
import { DraftInput } from './DraftInput.tsx';
import { DraftTextArea } from './DraftTextArea.tsx';
import './cardEditor.css';

interface Props {
  ctx: EditContext;
  board: Board;
  stageId: string | null;
  onClose(): void;
}

/** Every field of a stage: title, time window, description and colour. */
export function StageEditor({ ctx, board, stageId, onClose }: Props) {
  const stage = board.stages.find((s) => s.id === stageId);
  const index = stage ? board.stages.indexOf(stage) : -1;
  return (
    <Dialog.Root open={stageId !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay card-editor-overlay" />
        <Dialog.Content className={`card-editor card-editor-color--${stage?.color ?? 'slate'}`}>
          <header className="card-editor__header">
            <Dialog.Title className="card-editor__heading">Edit stage</Dialog.Title>
            <Dialog.Description className="card-editor__context">
              {stage ? `Stage ${index + 1} of ${board.stages.length}` : 'This stage was deleted.'}
            </Dialog.Description>
          </header>
          {stage && (
            <div className="card-editor__body">
              <label className="card-editor__field">
                <span className="card-editor__label">Title</span>
                <DraftInput className="card-editor__input" maxLength={LIMITS.title} value={stage.title} onCommit={(title) => updateStage(ctx, stage.id, { title })} />
              </label>
              <label className="card-editor__field">
                <span className="card-editor__label">Time window</span>
                <DraftInput className="card-editor__input" maxLength={LIMITS.title} placeholder="e.g. Week 2-4" value={stage.window} onCommit={(window) => updateStage(ctx, stage.id, { window })} />
              </label>
              <label className="card-editor__field card-editor__field--wide">
                <span className="card-editor__label">Description</span>
                <DraftTextArea className="card-editor__text" rows={4} maxLength={LIMITS.longText} placeholder="What happens in this stage" value={stage.description} onCommit={(description) => updateStage(ctx, stage.id, { description })} />
              </label>
              <div className="card-editor__field card-editor__field--wide">
                <span className="card-editor__label" id="stage-colour">Colour</span>
                <ColorSwatches labelId="stage-colour" value={stage.color} onChange={(color) => updateStage(ctx, stage.id, { color })} />
              </div>
            </div>
          )}
          <footer className="card-editor__footer">
            {stage && (
              <button className="button button--large" onClick={() => { deleteStage(ctx, stage.id); onClose(); }}>
                Delete stage
              </button>
            )}
            <Dialog.Close className="button button--primary button--large card-editor__done">Done</Dialog.Close>
          </footer>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
