import { useT } from '../../browser/i18n.tsx';
import { EMOTION_CHOICES } from './emotions.ts';

interface Props {
  labelId: string;
  value: number | null;
  onChange(emotion: number | null): void;
}

/** How the customer feels at this touchpoint: none, or one of five levels from very negative to very positive. */
export function EmotionPicker({ labelId, value, onChange }: Props) {
  const t = useT();
  return (
    <div className="card-editor__choices" role="group" aria-labelledby={labelId}>
      <button type="button" className="card-editor__choice" aria-pressed={value === null} onClick={() => onChange(null)}>
        <span className="card-editor__sign" aria-hidden="true">
          ∅
        </span>
        {t('canvas.emotion.none')}
      </button>
      {EMOTION_CHOICES.map((choice) => (
        <button
          key={choice.value}
          type="button"
          className={`card-editor__choice card-editor__choice--emotion${choice.value}`}
          aria-pressed={value === choice.value}
          onClick={() => onChange(choice.value)}
        >
          <span className="card-editor__sign" aria-hidden="true">
            {choice.sign}
          </span>
          {t(choice.label)}
        </button>
      ))}
    </div>
  );
}
