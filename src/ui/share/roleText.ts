import type { Role } from '../../model/index.ts';

/** Each role in one line, as the Share dialog and the home page say it. */
export const ROLE_TEXT: Record<Role, { name: string; can: string }> = {
  owner: { name: 'Owner', can: 'Everything, and manages the board: shares it, renames it, moves it to the trash.' },
  edit: { name: 'Can edit', can: 'Changes anything on the map and the strategy canvas.' },
  comment: { name: 'Can comment', can: 'Reads the board, comments on cards and votes; changes nothing else.' },
  view: { name: 'Can view', can: 'Reads the board and exports it; changes nothing.' },
};
