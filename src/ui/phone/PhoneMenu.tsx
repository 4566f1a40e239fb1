import { useT } from '../../browser/i18n.tsx';
import { LanguageSwitch } from '../LanguageSwitch.tsx';
import { navigate } from '../router.ts';
import { Sheet } from './Sheet.tsx';

interface Props {
  open: boolean;
  name: string;
  onRename(): void;
  onFullBoard(): void;
  onClose(): void;
}

/** What the phone's screen keeps out of the way: one's name, the language, the full board, the list of boards. */
export function PhoneMenu({ open, name, onRename, onFullBoard, onClose }: Props) {
  const t = useT();
  return (
    <Sheet open={open} onClose={onClose} title={t('phone.menu.title')} testId="phone-menu">
      <div className="phone-menu">
        <div className="phone-menu__row">
          <span className="phone-menu__you">{t('phone.menu.you', { name })}</span>
          <button
            type="button"
            className="button phone-button--compact"
            onClick={() => {
              onClose();
              onRename();
            }}
          >
            {t('phone.menu.rename')}
          </button>
        </div>
        <label className="phone-menu__row">
          <span>{t('language.label')}</span>
          <LanguageSwitch />
        </label>
        <div className="phone-menu__block">
          <button type="button" className="button phone-button" onClick={onFullBoard}>
            {t('phone.menu.fullBoard')}
          </button>
          <p className="phone-note">{t('phone.menu.fullBoardHint')}</p>
        </div>
        <a
          className="button button--quiet phone-button"
          href="/"
          onClick={(event) => {
            event.preventDefault();
            navigate('/');
          }}
        >
          {t('phone.menu.boards')}
        </a>
      </div>
    </Sheet>
  );
}
