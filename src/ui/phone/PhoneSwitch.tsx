import { useT } from '../../browser/i18n.tsx';
import './phone.css';

/** On a phone whose browser chose the full board: the way back to the phone's screen. */
export function PhoneSwitch({ onSwitch }: { onSwitch(): void }) {
  const t = useT();
  return (
    <button type="button" className="button button--primary phone-switch" onClick={onSwitch}>
      {t('phone.switchToPhone')}
    </button>
  );
}
