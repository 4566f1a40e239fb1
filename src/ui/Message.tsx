import type { ReactNode } from 'react';
import { useT } from '../browser/i18n.tsx';
import { navigate } from './router.ts';
import '../styles/message.css';

/** A full-page message: not found, in the trash, could not load. */
export function Message({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  const t = useT();
  return (
    <main className="message">
      <h1>{title}</h1>
      <p>{text}</p>
      <div className="message__actions">
        {children}
        <button className="button" onClick={() => navigate('/')}>
          {t('app.backToBoards')}
        </button>
      </div>
    </main>
  );
}
