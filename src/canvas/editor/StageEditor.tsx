import * as Dialog from '@radix-ui/react-dialog';
import { setStageText, updateStage, type EditContext } from '../../doc/index.ts';
import { useT } from '../../browser/i18n.tsx';
import { LIMITS, type Board, type Stage } from '../../model/index.ts';
import { CollaborativeTextField } from '../../text/CollaborativeTextField.tsx';
import { useRecordText } from '../../text/useRecordText.ts';
import { ColorSwatches } from './ColorSwatches.tsx';
import { useLeadsWorkshop } from '../../collab/useLeadsWorkshop.ts';
import './cardEditor.css';

interface Props {
  ctx: EditContext;
  board: Board;
  stageId: string | null;
  onClose(): void;
  /** Deletes the stage, asking first when it holds cards: the editor closes before. */
  onDelete(stageId: string): void;
}

/**
 * Every field of a stage: title, time window, description and colour. As in the card editor,
 * each change is written as it is made (text as it is typed, together with anyone else editing
 * the stage), so Done, Escape and clicking outside all just close it.
 */
export function StageEditor({ ctx, board, stageId, onClose, onDelete }: Props) {
  const t = useT();
  const stage = board.stages.find((s) => s.id === stageId);
  const index = stage ? board.stages.indexOf(stage) : -1;
  const leads = useLeadsWorkshop(ctx);
  // Locked while open, by a facilitator: the fields give way to what they hold, as a locked card's do.
  const editable = stage !== undefined && (leads || !board.locks.some((lock) => lock.id === stage.id));
  return (
    <Dialog.Root open={stageId !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay card-editor-overlay" />
        <Dialog.Content
          className={`card-editor card-editor-color--${stage?.color ?? 'slate'}`}
          // Escape while an IME is composing cancels the composition, not the dialog.
          onEscapeKeyDown={(e) => e.isComposing && e.preventDefault()}
        >
          <header className="card-editor__header">
            <Dialog.Title className="card-editor__heading">{t('canvas.stageEditor.heading')}</Dialog.Title>
            <Dialog.Description className="card-editor__context">
              {stage ? t('canvas.stageEditor.position', { number: index + 1, count: board.stages.length }) : t('canvas.stageEditor.deleted')}
            </Dialog.Description>
          </header>
          {stage && editable && <StageFields key={stage.id} ctx={ctx} stage={stage} />}
          {stage && !editable && <LockedStage stage={stage} />}
          <footer className="card-editor__footer">
            {stage && editable && (
              <button className="button button--large" onClick={() => { onClose(); onDelete(stage.id); }}>
                {t('canvas.stageEditor.delete')}
              </button>
            )}
            <Dialog.Close className="button button--primary button--large card-editor__done">{t('canvas.card.done')}</Dialog.Close>
          </footer>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function LockedStage({ stage }: { stage: Stage }) {
  const t = useT();
  const facts: [string, string][] = [
    [t('canvas.card.title'), stage.title],
    [t('canvas.stageEditor.window'), stage.window],
    [t('canvas.card.description'), stage.description],
  ];
  return (
    <div className="card-editor__body card-readout">
      {facts.filter(([, value]) => value !== '').map(([label, value]) => (
        <div key={label} className="card-editor__field card-editor__field--wide">
          <span className="card-editor__label">{label}</span>
          <span className="card-readout__value">{value}</span>
        </div>
      ))}
      <p className="card-editor__locked card-editor__field--wide">{t('canvas.lock.lockedHint')}</p>
    </div>
  );
}

function StageFields({ ctx, stage }: { ctx: EditContext; stage: Stage }) {
  const t = useT();
  const title = useRecordText(ctx, 'stages', stage.id, 'title');
  const timeWindow = useRecordText(ctx, 'stages', stage.id, 'window');
  const description = useRecordText(ctx, 'stages', stage.id, 'description');
  return (
    <div className="card-editor__body">
      <div className="card-editor__field">
        <label className="card-editor__label" htmlFor="stage-title">{t('canvas.card.title')}</label>
        <CollaborativeTextField
          id="stage-title"
          className="card-editor__input card-editor__input--line"
          label={t('canvas.card.title')}
          autoFocus
          maxLength={LIMITS.title}
          text={title}
          onText={(v) => setStageText(ctx, stage.id, 'title', v)}
        />
      </div>
      <div className="card-editor__field">
        <label className="card-editor__label" htmlFor="stage-window">{t('canvas.stageEditor.window')}</label>
        <CollaborativeTextField
          id="stage-window"
          className="card-editor__input card-editor__input--line"
          label={t('canvas.stageEditor.window')}
          placeholder={t('canvas.stageEditor.windowPlaceholder')}
          maxLength={LIMITS.title}
          text={timeWindow}
          onText={(v) => setStageText(ctx, stage.id, 'window', v)}
        />
      </div>
      <div className="card-editor__field card-editor__field--wide">
        <label className="card-editor__label" htmlFor="stage-description">{t('canvas.card.description')}</label>
        <CollaborativeTextField
          id="stage-description"
          className="card-editor__text"
          label={t('canvas.card.description')}
          multiline
          rows={4}
          placeholder={t('canvas.stageEditor.descriptionPlaceholder')}
          maxLength={LIMITS.longText}
          text={description}
          onText={(v) => setStageText(ctx, stage.id, 'description', v)}
        />
      </div>
      <div className="card-editor__field card-editor__field--wide">
        <span className="card-editor__label" id="stage-colour">{t('canvas.card.colour')}</span>
        <ColorSwatches labelId="stage-colour" value={stage.color} onChange={(color) => updateStage(ctx, stage.id, { color })} />
      </div>
    </div>
  );
}
