import { useT } from '../../browser/i18n.tsx';
import type { ConnectionState } from '../../collab/connection.ts';
import type { Role } from '../../model/index.ts';
import { ConnectionPill } from '../board/ConnectionPill.tsx';

interface Props {
  title: string;
  connection: ConnectionState;
  role: Role;
  onMenu(): void;
}

/** The board's title, wrapped however long it is, how the connection stands, and what the link may do. */
export function PhoneHeader({ title, connection, role, onMenu }: Props) {
  const t = useT();
  const readsOnly = role === 'view' || role === 'comment';
  return (
    <header className="phone-top">
      <h1 className="phone-top__title">{title.trim() || t('board.header.untitled')}</h1>
      <div className="phone-top__status">
        <ConnectionPill state={connection} />
        {readsOnly && (
          <span className="pill pill--role" data-testid="phone-role">
            {t(role === 'view' ? 'board.header.viewOnly' : 'board.header.commentOnly')}
          </span>
        )}
      </div>
      <button type="button" className="phone-top__menu" aria-label={t('phone.menu')} onClick={onMenu}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M4 7h16M4 12h16M4 17h16" />
        </svg>
      </button>
    </header>
  );
}
