import { useLocale, useT } from '../browser/i18n.tsx';
import { measureReading, type Card, type Stage } from '../model/index.ts';

/** A measure on the map that a strategy canvas metric links to, with the stage it measures. */
export interface LinkedMeasure {
  card: Card;
  stage: Stage | undefined;
}

/** The measures on the map that measure a metric of the canvas, each with its stage, value and gap. */
export function MeasuredBy({ measures }: { measures: readonly LinkedMeasure[] }) {
  const t = useT();
  const { locale } = useLocale();
  if (measures.length === 0) return null;
  return (
    <ul className="strategy-item__measures" aria-label={t('measures.strategy.label')}>
      {measures.map(({ card, stage }) => {
        const reading = measureReading(card, locale, t);
        return (
          <li key={card.id} className="strategy-item__measure" data-standing={reading.standing}>
            <span className="strategy-item__measure-where">{`${stage?.title.trim() || t('strategy.item.untitledStage')} · ${card.title.trim() || t('lanes.card.untitled')}`}</span>
            <span className="strategy-item__measure-value">{reading.value}</span>
            {reading.gap && <span className="strategy-item__measure-gap">{reading.gap}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** Each metric's measures, by the metric's id: cards of measures lanes that link to it, in the map's order. */
export function measuresByMetric(board: { cards: readonly Card[]; stages: readonly Stage[]; lanes: readonly { id: string; kind: string }[] }): Map<string, LinkedMeasure[]> {
  const lanes = new Set(board.lanes.filter((lane) => lane.kind === 'metrics').map((lane) => lane.id));
  const stages = new Map(board.stages.map((stage) => [stage.id, stage]));
  const byMetric = new Map<string, LinkedMeasure[]>();
  for (const card of board.cards) {
    if (!card.metricId || !lanes.has(card.laneId)) continue;
    byMetric.set(card.metricId, [...(byMetric.get(card.metricId) ?? []), { card, stage: stages.get(card.stageId) }]);
  }
  return byMetric;
}
