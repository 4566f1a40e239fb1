import { useEffect, useState, type CSSProperties } from 'react';
import { useT } from '../../browser/i18n.tsx';
import './phone.css';

/**
 * On a phone whose browser chose the full board: the way back to the phone's screen, kept at the
 * bottom of what the phone shows. The full board is wider than a phone, so the browser lays the
 * page out wider than the screen and shows part of it (the visual viewport); a button fixed to
 * the page's own bottom would sit out of sight. It follows the visual viewport instead, at the
 * same size whatever the zoom.
 */
export function PhoneSwitch({ onSwitch }: { onSwitch(): void }) {
  const t = useT();
  const place = useVisualViewportBottom();
  return (
    <button type="button" className="button button--primary phone-switch" style={place} onClick={onSwitch}>
      {t('phone.switchToPhone')}
    </button>
  );
}

function useVisualViewportBottom(): CSSProperties | undefined {
  const [place, setPlace] = useState<CSSProperties>();
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const follow = () =>
      setPlace({
        left: viewport.offsetLeft + viewport.width / 2,
        top: viewport.offsetTop + viewport.height,
        bottom: 'auto',
        transform: `translate(-50%, -100%) scale(${1 / viewport.scale}) translateY(calc(-1 * var(--space-4)))`,
        transformOrigin: '50% 100%',
      });
    follow();
    viewport.addEventListener('resize', follow);
    viewport.addEventListener('scroll', follow);
    return () => {
      viewport.removeEventListener('resize', follow);
      viewport.removeEventListener('scroll', follow);
    };
  }, []);
  return place;
}
