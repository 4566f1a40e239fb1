import { translate, type Translate } from '../../i18n/index.ts';
import type { Role } from '../../model/index.ts';

/** A role as the Share dialog, the home page and the board's header name it: "Can edit". */
export function roleName(role: Role, t: Translate): string {
  return t(`share.role.${role}`);
}

/** What a role's link lets its holder do, in one line. */
export function roleCan(role: Role, t: Translate): string {
  return t(`share.role.${role}.can`);
}

/**
 * The English words, for the board's header until it reads them through `roleName` and
 * `roleCan`; kept from the catalogue so the two cannot drift.
 */
export const ROLE_TEXT: Record<Role, { name: string; can: string }> = {
  owner: { name: translate('en', 'share.role.owner'), can: translate('en', 'share.role.owner.can') },
  edit: { name: translate('en', 'share.role.edit'), can: translate('en', 'share.role.edit.can') },
  comment: { name: translate('en', 'share.role.comment'), can: translate('en', 'share.role.comment.can') },
  view: { name: translate('en', 'share.role.view'), can: translate('en', 'share.role.view.can') },
};
