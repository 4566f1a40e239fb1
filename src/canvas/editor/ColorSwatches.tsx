import { useT } from '../../browser/i18n.tsx';
import { COLOR_NAMES, type ColorName } from '../../model/index.ts';

interface Props {
  labelId: string;
  value: ColorName;
  onChange(color: ColorName): void;
}

/** The card's colour, from the board's one named palette. */
export function ColorSwatches({ labelId, value, onChange }: Props) {
  const t = useT();
  return (
    <div className="card-editor__swatches" role="group" aria-labelledby={labelId}>
      {COLOR_NAMES.map((name) => (
        <button
          key={name}
          type="button"
          className={`card-editor__swatch card-editor-color--${name}`}
          aria-pressed={value === name}
          onClick={() => onChange(name)}
        >
          <span className="card-editor__swatch-chip" aria-hidden="true" />
          {t(`canvas.color.${name}`)}
        </button>
      ))}
    </div>
  );
}
