import { useEffect, useState } from 'react';
import { useLocale, useT } from '../../browser/i18n.tsx';
import { intlLocale } from '../../canvas/feedback/relativeTime.ts';
import { loadVersionBoard, type VersionEntry } from '../../collab/versions.ts';
import type { Translate } from '../../i18n/index.ts';
import type { ChangesSince } from '../../pdf/changesPage.ts';
import { useVersions } from './useVersions.ts';
import { versionName, versionTime } from './versionText.ts';

/**
 * The export dialog's choice of a version for the report's "What changed since <version>"
 * section: none by default, or the version being compared from. `read` reads the one chosen.
 */
export function useChangesSince(boardId: string, token: string, open: boolean, preselected: VersionEntry | null, savedBefore: number | null) {
  const [versions] = useVersions(boardId, token, open);
  const [chosen, choose] = useState<string>('');
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- each opening starts from the comparison on screen
    if (open) choose(preselected?.id ?? '');
  }, [open, preselected]);
  // A report of a version compares it with an earlier one only: "since" a later one reads backwards.
  const all = versions.state === 'ready' ? versions.versions : preselected ? [preselected] : [];
  const list = savedBefore === null ? all : all.filter((v) => v.createdAt < savedBefore);
  const version = list.find((v) => v.id === chosen) ?? null;
  return {
    versions: list,
    chosen,
    choose,
    /** The version chosen, named in `report`'s language (the board's, as every label of the report). */
    read: async (report: Translate): Promise<ChangesSince | undefined> => {
      if (!version) return undefined;
      const label = version.name ?? report(`report.changes.reason.${version.reason}`);
      return { label, savedAt: new Date(version.createdAt), board: await loadVersionBoard(boardId, token, version.id) };
    },
  };
}

export function ChangesSinceField({ versions, chosen, choose, disabled }: { versions: VersionEntry[]; chosen: string; choose(id: string): void; disabled: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  if (versions.length === 0) return null;
  return (
    <label className="export-options__wide">
      {t('export.changesSince')}
      <select className="input" value={chosen} disabled={disabled} onChange={(e) => choose(e.target.value)}>
        <option value="">{t('export.changesSince.none')}</option>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {versionName(v, t)} · {versionTime(v, intlLocale(locale))}
          </option>
        ))}
      </select>
    </label>
  );
}
