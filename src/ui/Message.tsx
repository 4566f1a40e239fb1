import type { ReactNode } from 'react';
import { navigate } from './router.ts';
import '../styles/message.css';

/** A full-page message: not found, in the trash, could not load. */
export function Message({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <main className="message">
      <h1>{title}</h1>
      <p>{text}</p>
      <div className="message__actions">
        {children}
        <button className="button" onClick={() => navigate('/')}>
          Back to your boards
        </button>
      </div>
    </main>
  );
}
