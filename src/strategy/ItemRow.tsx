import type { KeyboardEvent } from 'react';
import { attachStrategyItemToStage, deleteStrategyItem, may, moveStrategyItem, setStrategyItemText, type EditContext } from '../doc/index.ts';
import { LIMITS, STRATEGY_SECTIONS, isMetricSection, type Stage, type StrategyItem, type StrategySection, type StrategySectionId } from '../model/index.ts';
import { CollaborativeTextField } from '../text/CollaborativeTextField.tsx';
import { useRecordText } from '../text/useRecordText.ts';
import { sectionLabel } from '../model/strategyLayout.ts';
import { useT } from '../browser/i18n.tsx';
import type { ItemDrag } from './useItemDrag.ts';
import { useChangeClass } from '../browser/changesContext.ts';
import { ItemChange } from './ItemChange.tsx';

import { MeasuredBy, type LinkedMeasure } from './MeasuredBy.tsx';

interface Props {
  item: StrategyItem;
  index: number;
  count: number;
  section: StrategySection;
  ctx: EditContext;
  stages: readonly Stage[];
  /** The map's measures that link to this item (a metric). */
  measures?: readonly LinkedMeasure[];
  drag: ItemDrag;
  /** Enter: a new item right after this one. */
  onAddAfter(index: number): void;
  /** Backspace in an empty item: it goes, and the caret moves to the item before. */
  onRemoveEmpty(index: number): void;
  /** Keep the caret in an item that moved (moving a DOM node drops its focus). */
  onMoved(itemId: string): void;
}

/** One line of a section: its shared text, and handles to move, attach (metrics) or delete it. */
export function ItemRow(props: Props) {
  const { item, ctx, stages } = props;
  const t = useT();
  const changed = useChangeClass(item.id);
  if (may(ctx, 'edit')) return <EditableItemRow {...props} />;
  const stage = stages.find((s) => s.id === item.stageId);
  return (
    <li className={`strategy-item strategy-item--read-only ${changed}`} data-item-id={item.id}>
      <ItemChange id={item.id} />
      <p className="strategy-item__text">{item.text}</p>
      {stage && <p className="strategy-item__on-stage">{t('strategy.item.onStage', { stage: stage.title || t('strategy.item.untitledStage') })}</p>}
      <MeasuredBy measures={props.measures ?? []} />
    </li>
  );
}

function EditableItemRow({ item, index, count, section, ctx, stages, measures = [], drag, onAddAfter, onRemoveEmpty, onMoved }: Props) {
  const t = useT();
  const text = useRecordText(ctx, 'strategy', item.id, 'text');
  const name = item.text.trim() ? t('strategy.item.quoted', { text: item.text.trim().slice(0, 60) }) : t('strategy.item.empty', { number: index + 1 });

  const moveBy = (delta: number) => {
    const to = index + delta;
    if (to < 0 || to >= count) return;
    moveStrategyItem(ctx, item.id, section.id, to);
    onMoved(item.id);
  };
  const onTextKey = (e: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      onAddAfter(index);
    } else if (e.key === 'Backspace' && e.currentTarget.value === '') {
      e.preventDefault();
      onRemoveEmpty(index);
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      moveBy(e.key === 'ArrowUp' ? -1 : 1);
    }
  };
  const onHandleKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    moveBy(e.key === 'ArrowUp' ? -1 : 1);
  };

  const attachedStage = stages.some((s) => s.id === item.stageId) ? item.stageId! : '';
  return (
    <li className={`strategy-item ${drag.draggingId === item.id ? 'is-dragging' : ''}`} data-item-id={item.id}>
      <button
        className="strategy-item__handle"
        draggable
        aria-label={t('strategy.item.handle', { name })}
        title={t('strategy.item.handleTitle')}
        onDragStart={(e) => drag.start(e, item.id)}
        onDragEnd={drag.end}
        onKeyDown={onHandleKey}
      >
        ⠿
      </button>
      <div className="strategy-item__body">
        <CollaborativeTextField
          multiline
          rows={1}
          className="strategy-item__text"
          text={text}
          onText={(value) => setStrategyItemText(ctx, item.id, value)}
          label={t('strategy.item.label', { section: sectionLabel(section, t), number: index + 1, count })}
          maxLength={LIMITS.longText}
          onKeyDown={onTextKey}
        />
        {isMetricSection(section.id) && (
          <div className="strategy-item__stage-row">
            <select
              className={`strategy-item__stage ${attachedStage ? 'is-set' : ''}`}
              aria-label={t('strategy.item.stageLabel', { name })}
              value={attachedStage}
              onChange={(e) => attachStrategyItemToStage(ctx, item.id, e.target.value || null)}
            >
              <option value="">{t('strategy.item.stageNone')}</option>
              {stages.map((stage, i) => (
                <option key={stage.id} value={stage.id}>
                  {t('strategy.item.stageOption', { number: i + 1, stage: stage.title || t('strategy.item.untitledStage') })}
                </option>
              ))}
            </select>
          </div>
        )}
        <MeasuredBy measures={measures} />
      </div>
      <div className="strategy-item__tools">
        <select
          className="strategy-item__move"
          aria-label={t('strategy.item.moveLabel', { name })}
          title={t('strategy.item.moveTitle')}
          value=""
          onChange={(e) => {
            const to = e.target.value as StrategySectionId;
            if (!to) return;
            moveStrategyItem(ctx, item.id, to, Number.MAX_SAFE_INTEGER);
          }}
        >
          <option value="">↦</option>
          {STRATEGY_SECTIONS.filter((s) => s.id !== section.id).map((s) => (
            <option key={s.id} value={s.id}>
              {s.step ? `${s.step}. ` : ''}
              {sectionLabel(s, t)}
            </option>
          ))}
        </select>
        <button className="strategy-item__delete" aria-label={t('strategy.item.deleteLabel', { name })} title={t('strategy.item.deleteTitle')} onClick={() => deleteStrategyItem(ctx, item.id)}>
          ×
        </button>
      </div>
    </li>
  );
}
