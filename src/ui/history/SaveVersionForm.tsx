import { useId, useState } from 'react';
import { useT } from '../../browser/i18n.tsx';
import { errorText } from '../../collab/api.ts';
import { saveNamedVersion, type VersionEntry } from '../../collab/versions.ts';
import { LIMITS } from '../../model/limits.ts';

/** Names the board as it is now ("Before workshop 2"); the server keeps it as every other version. */
export function SaveVersionForm({ boardId, token, onSaved }: { boardId: string; token: string; onSaved(version: VersionEntry): void }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [state, setState] = useState<{ saving: boolean; error: string | null; saved: string | null }>({ saving: false, error: null, saved: null });
  const save = async () => {
    setState({ saving: true, error: null, saved: null });
    try {
      const version = await saveNamedVersion(boardId, token, name.trim());
      setName('');
      setState({ saving: false, error: null, saved: version.name });
      onSaved(version);
    } catch (error) {
      setState({ saving: false, error: errorText(error, t), saved: null });
    }
  };
  return (
    <form
      className="save-version"
      onSubmit={(e) => {
        e.preventDefault();
        if (!state.saving && name.trim() !== '') void save();
      }}
    >
      <label className="save-version__heading" htmlFor={`${id}-name`}>
        {t('history.save.heading')}
      </label>
      <div className="save-version__row">
        <input id={`${id}-name`} className="input" value={name} maxLength={LIMITS.title} placeholder={t('history.save.placeholder')} aria-label={t('history.save.name')} onChange={(e) => setName(e.target.value)} />
        <button className="button button--primary" type="submit" disabled={state.saving || name.trim() === ''}>
          {t(state.saving ? 'history.save.saving' : 'history.save.submit')}
        </button>
      </div>
      {state.error && (
        <p className="banner" role="alert">
          {state.error}
        </p>
      )}
      {state.saved && (
        <p className="save-version__saved" role="status">
          {t('history.save.saved', { name: state.saved })}
        </p>
      )}
    </form>
  );
}
