import { useLocale, useT } from '../../browser/i18n.tsx';
import type { MeasuresTable } from '../../file/measuresImport.ts';
import { formatMeasure } from '../../model/index.ts';

const PREVIEW_ROWS = 6;

/** What an import will write, its first rows as a table, and every row it will not, with why. */
export function MeasuresPreview({ table }: { table: MeasuresTable }) {
  const t = useT();
  const { locale } = useLocale();
  const ready = table.rows.length;
  return (
    <section className="measures-import__preview" aria-label={t('measures.import.previewLabel')}>
      <p className="measures-import__count" role="status">
        {t('measures.import.counts', { ready, errors: table.errors.length })}
      </p>
      {ready > 0 && (
        <table className="measures-import__table">
          <thead>
            <tr>
              <th>{t('measures.import.row')}</th>
              <th>{t('measures.import.stage')}</th>
              <th>{t('measures.import.measure')}</th>
              <th>{t('measures.field.value')}</th>
              <th>{t('measures.field.target')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.stageTitle}</td>
                <td>{row.name}</td>
                <td>{row.value === null ? '—' : formatMeasure(row.value, row.unit, locale)}</td>
                <td>{row.target === null ? '—' : formatMeasure(row.target, row.unit, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ready > PREVIEW_ROWS && <p className="dialog__text">{t('measures.import.more', { count: ready - PREVIEW_ROWS })}</p>}
      {table.errors.length > 0 && (
        <ul className="measures-import__errors" aria-label={t('measures.import.errorsLabel')}>
          {table.errors.map((error) => (
            <li key={error.row}>{t('measures.import.rowError', { row: error.row, message: error.message })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
