import { useT } from '../../browser/i18n.tsx';
import { useFocusMode } from '../../canvas/focusMode.ts';
import './present.css';

/** Focus mode's switch in the header: the map without its palette, filter bar and minimap. */
export function FocusToggle() {
  const t = useT();
  const [focused, setFocused] = useFocusMode();
  return (
    <button type="button" className="button button--quiet focus-toggle" aria-pressed={focused} aria-label={t('present.focus.label')} title={t(focused ? 'present.focus.on' : 'present.focus.off')} onClick={() => setFocused(!focused)}>
      <svg className="focus-toggle__icon" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M2 5.5V3a1 1 0 0 1 1-1h2.5M10.5 2H13a1 1 0 0 1 1 1v2.5M14 10.5V13a1 1 0 0 1-1 1h-2.5M5.5 14H3a1 1 0 0 1-1-1v-2.5" />
      </svg>
      <span className="focus-toggle__label">{t('present.focus.label')}</span>
    </button>
  );
}
