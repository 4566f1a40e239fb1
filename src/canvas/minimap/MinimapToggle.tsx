import { useT } from '../../browser/i18n.tsx';
import { useMinimapShown } from './useMinimapShown.ts';

/** Shows or folds the minimap; a toggle button in the map's toolbar, so it covers nothing itself. */
export function MinimapToggle() {
  const t = useT();
  const [shown, setShown] = useMinimapShown();
  return (
    <button type="button" className="map-toolbar__toggle" aria-pressed={shown} title={t(shown ? 'board.minimap.hide' : 'board.minimap.show')} onClick={() => setShown(!shown)}>
      <svg className="map-toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
        <rect x="1.5" y="3" width="13" height="10" rx="1.5" />
        <rect x="4" y="5.5" width="5" height="4" rx="0.5" className="map-toolbar__icon-fill" />
      </svg>
      <span className="map-toolbar__label">{t('board.minimap.label')}</span>
    </button>
  );
}
