import { useT } from '../../browser/i18n.tsx';
import { RATING_MAX, RATING_MIN, type Card, type CardFields } from '../../model/index.ts';

const LEVELS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

/** An opportunity's impact and effort, each 1 to 5 or not rated, in the editor of a card in an opportunities lane. */
export function RatingFields({ idBase, card, update }: { idBase: string; card: Card; update(patch: Partial<CardFields>): void }) {
  return (
    <>
      <Rating id={`${idBase}-impact`} field="impact" value={card.impact} onChange={(impact) => update({ impact })} />
      <Rating id={`${idBase}-effort`} field="effort" value={card.effort} onChange={(effort) => update({ effort })} />
    </>
  );
}

function Rating({ id, field, value, onChange }: { id: string; field: 'impact' | 'effort'; value: number | null; onChange(value: number | null): void }) {
  const t = useT();
  return (
    <div className="card-editor__field">
      <span className="card-editor__label" id={id}>
        {t(`opportunities.field.${field}`)}
      </span>
      <div className="card-editor__choices card-editor__choices--rating" role="group" aria-labelledby={id}>
        <button type="button" className="card-editor__choice" aria-pressed={value === null} aria-label={t('opportunities.notRated')} title={t('opportunities.notRated')} onClick={() => onChange(null)}>
          ∅
        </button>
        {LEVELS.map((level) => (
          <button key={level} type="button" className="card-editor__choice" aria-pressed={value === level} aria-label={t(`opportunities.level.${field}`, { level })} onClick={() => onChange(level)}>
            {level}
          </button>
        ))}
      </div>
      <p className="card-editor__note">{t(`opportunities.hint.${field}`)}</p>
    </div>
  );
}
