import * as Dialog from '@radix-ui/react-dialog';
import { useId, useMemo, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { votable } from '../../canvas/cardShape.ts';
import { startRound, type EditContext } from '../../doc/index.ts';
import { DEFAULT_BUDGET, LIMITS, OFFERED_BUDGETS, type Board } from '../../model/index.ts';
import { laneName } from '../../model/laneName.ts';
import '../../styles/dialog.css';
import './voting.css';

interface Props {
  ctx: EditContext;
  /** The board as it was when the dialog opened, and the cards then selected on the map. */
  board: Board | null;
  selectedCardIds: readonly string[];
  open: boolean;
  onClose(): void;
}

/**
 * What the facilitator sets when starting a round: what people vote on (whole lanes, and the
 * cards selected on the map), how many dots each person has, and whether a card takes more
 * than one dot of a person. Lanes of one-line pills (channels) and the emotion curve hold no
 * cards to vote on, so they are not offered.
 */
export function StartVotingDialog({ ctx, board, selectedCardIds, open, onClose }: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog__overlay" />
        <Dialog.Content className="dialog start-voting" data-testid="start-voting">
          {open && board && <StartVotingForm ctx={ctx} board={board} selectedCardIds={selectedCardIds} onClose={onClose} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function StartVotingForm({ ctx, board, selectedCardIds, onClose }: { ctx: EditContext; board: Board; selectedCardIds: readonly string[]; onClose(): void }) {
  const t = useT();
  const id = useId();
  const { lanes, placed, selected } = useMemo(() => {
    const stageIds = new Set(board.stages.map((stage) => stage.id));
    const lanes = board.lanes.filter((lane) => votable(lane.kind));
    const votableLanes = new Set(lanes.map((lane) => lane.id));
    // Cards on the map: a card whose stage is gone is in no cell, and no one could place a dot on it.
    const placed = board.cards.filter((card) => stageIds.has(card.stageId) && votableLanes.has(card.laneId));
    const wanted = new Set(selectedCardIds);
    return { lanes, placed, selected: placed.filter((card) => wanted.has(card.id)).map((card) => card.id) };
  }, [board, selectedCardIds]);
  const [title, setTitle] = useState('');
  const [laneIds, setLaneIds] = useState<ReadonlySet<string>>(new Set());
  const [withSelected, setWithSelected] = useState(selected.length > 0);
  const [budget, setBudget] = useState<number>(DEFAULT_BUDGET);
  const [onePerCard, setOnePerCard] = useState(false);
  const cardIds = withSelected ? selected : [];
  const total = new Set([...placed.filter((card) => laneIds.has(card.laneId)).map((card) => card.id), ...cardIds]).size;
  const cardsIn = (laneId: string) => placed.filter((card) => card.laneId === laneId).length;

  return (
    <form
      className="start-voting__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (total === 0) return;
        startRound(ctx, { title: title.trim(), laneIds: [...laneIds], cardIds, budget, onePerCard });
        onClose();
      }}
    >
      <Dialog.Title className="dialog__title">{t('voting.dialog.title')}</Dialog.Title>
      <Dialog.Description className="dialog__text">{t('voting.dialog.text')}</Dialog.Description>

      <label className="start-voting__field">
        <span className="start-voting__label">{t('voting.dialog.name')}</span>
        <input className="input" value={title} maxLength={LIMITS.title} placeholder={t('voting.dialog.namePlaceholder')} onChange={(event) => setTitle(event.target.value)} />
      </label>

      <fieldset className="start-voting__group">
        <legend className="start-voting__label">{t('voting.dialog.lanes')}</legend>
        {lanes.length === 0 && <p className="start-voting__note">{t('voting.dialog.noLanes')}</p>}
        <div className="start-voting__lanes">
          {lanes.map((lane) => {
            const count = cardsIn(lane.id);
            const chosen = laneIds.has(lane.id);
            return (
              <label key={lane.id} className={`start-voting__lane ${chosen ? 'is-chosen' : ''}`} data-lane-kind={lane.kind}>
                <input
                  type="checkbox"
                  checked={chosen}
                  onChange={() => {
                    const next = new Set(laneIds);
                    if (chosen) next.delete(lane.id);
                    else next.add(lane.id);
                    setLaneIds(next);
                  }}
                />
                <span className="start-voting__lane-name">{laneName(lane, t)}</span>
                <span className="start-voting__lane-count">{t('voting.dialog.laneCards', { count })}</span>
              </label>
            );
          })}
        </div>
        {selected.length > 0 ? (
          <label className={`start-voting__lane start-voting__selected ${withSelected ? 'is-chosen' : ''}`}>
            <input type="checkbox" checked={withSelected} onChange={() => setWithSelected(!withSelected)} />
            <span className="start-voting__lane-name">{t('voting.dialog.selected', { count: selected.length })}</span>
          </label>
        ) : (
          <p className="start-voting__note">{t('voting.dialog.noneSelected')}</p>
        )}
      </fieldset>

      <fieldset className="start-voting__group">
        <legend className="start-voting__label" id={`${id}-budget`}>
          {t('voting.dialog.budget')}
        </legend>
        <div className="start-voting__budgets">
          {OFFERED_BUDGETS.map((n) => (
            <label key={n} className={`start-voting__budget ${budget === n ? 'is-chosen' : ''}`}>
              <input type="radio" name={`${id}-budget`} value={n} checked={budget === n} onChange={() => setBudget(n)} />
              <span>{n}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <label className="start-voting__toggle">
        <input type="checkbox" checked={onePerCard} onChange={() => setOnePerCard(!onePerCard)} />
        <span>{t('voting.dialog.onePerCard')}</span>
      </label>

      <div className="dialog__actions start-voting__actions">
        <p className={`start-voting__total ${total === 0 ? 'is-none' : ''}`} role="status">
          {t('voting.dialog.total', { count: total })}
        </p>
        <Dialog.Close className="button" type="button">
          {t('common.cancel')}
        </Dialog.Close>
        <button className="button button--primary" type="submit" disabled={total === 0}>
          {t('voting.dialog.submit')}
        </button>
      </div>
    </form>
  );
}
