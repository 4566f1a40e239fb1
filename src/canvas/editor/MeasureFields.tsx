import { useState } from 'react';
import { useLocale, useT } from '../../browser/i18n.tsx';
import { LIMITS, METRIC_SECTIONS, MEASURE_DIRECTIONS, MEASURE_LIMIT, parseMeasureNumber, type Board, type Card, type CardFields, type MeasureDirection } from '../../model/index.ts';
import { sectionById, sectionLabel } from '../../model/strategyLayout.ts';
import { DraftInput } from './DraftInput.tsx';

interface Props {
  idBase: string;
  board: Board;
  card: Card;
  update(patch: Partial<CardFields>): void;
}

/**
 * A measure's own fields, in the editor of a card in a measures lane: value, target, unit, which
 * way is better, and the strategy canvas's Metrics item it measures. A value that is no number
 * is said so beside its field, and the value before it is kept.
 */
export function MeasureFields({ idBase, board, card, update }: Props) {
  const t = useT();
  const metrics = board.strategy.filter((item) => METRIC_SECTIONS.includes(item.sectionId) && item.text.trim());
  return (
    <>
      <NumberField id={`${idBase}-value`} label={t('measures.field.value')} value={card.value} onCommit={(value) => update({ value })} />
      <NumberField id={`${idBase}-target`} label={t('measures.field.target')} value={card.target} onCommit={(target) => update({ target })} />
      <div className="card-editor__field">
        <label className="card-editor__label" htmlFor={`${idBase}-unit`}>
          {t('measures.field.unit')}
        </label>
        <DraftInput id={`${idBase}-unit`} className="card-editor__input" maxLength={LIMITS.unit} placeholder={t('measures.field.unitPlaceholder')} value={card.unit} onCommit={(unit) => update({ unit: unit.trim() })} />
      </div>
      <div className="card-editor__field">
        <label className="card-editor__label" htmlFor={`${idBase}-better`}>
          {t('measures.field.better')}
        </label>
        <select id={`${idBase}-better`} className="card-editor__select" value={card.better} onChange={(e) => update({ better: e.target.value as MeasureDirection })}>
          {MEASURE_DIRECTIONS.map((direction) => (
            <option key={direction} value={direction}>
              {t(`measures.better.${direction}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="card-editor__field card-editor__field--wide">
        <label className="card-editor__label" htmlFor={`${idBase}-metric`}>
          {t('measures.field.metric')}
        </label>
        <select id={`${idBase}-metric`} className="card-editor__select" value={card.metricId ?? ''} onChange={(e) => update({ metricId: e.target.value || null })}>
          <option value="">{t(metrics.length ? 'measures.metric.none' : 'measures.metric.noneOnCanvas')}</option>
          {metrics.map((item) => (
            <option key={item.id} value={item.id}>
              {`${item.text.trim()} · ${sectionLabel(sectionById(item.sectionId), t)}`}
            </option>
          ))}
          {card.metricId && !metrics.some((item) => item.id === card.metricId) && <option value={card.metricId}>{t('measures.metric.gone')}</option>}
        </select>
      </div>
    </>
  );
}

function NumberField({ id, label, value, onCommit }: { id: string; label: string; value: number | null; onCommit(value: number | null): void }) {
  const t = useT();
  const { locale } = useLocale();
  const [refused, setRefused] = useState<string | null>(null);
  const shown = value === null ? '' : new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(value);
  return (
    <div className="card-editor__field">
      <label className="card-editor__label" htmlFor={id}>
        {label}
      </label>
      <DraftInput
        id={id}
        className="card-editor__input"
        inputMode="decimal"
        maxLength={40}
        aria-invalid={refused !== null}
        aria-describedby={refused !== null ? `${id}-refused` : undefined}
        value={shown}
        onCommit={(text) => {
          const parsed = parseMeasureNumber(text);
          if (parsed === undefined || (parsed !== null && Math.abs(parsed) > MEASURE_LIMIT)) {
            setRefused(text.trim());
            return;
          }
          setRefused(null);
          onCommit(parsed);
        }}
      />
      {refused !== null && (
        <p id={`${id}-refused`} className="card-editor__note" role="alert">
          {t('measures.notNumber', { text: refused })}
        </p>
      )}
    </div>
  );
}
