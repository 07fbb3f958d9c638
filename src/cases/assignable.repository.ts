/**
 * Who may be put on a case: the active people (not machine accounts) of every agency the case's marking admits —
 * the rule `assign` and an operation's advisors are checked by (`centinela_visible_for`, as `userMaySee`) — so a
 * picker offers exactly the users the server will accept. Names, agency and working roles only.
 */
import type { Tx } from '../store/database.ts';
import type { Marking } from '../shared/marking.ts';
import { MARKING_VALUES } from './sql-parts.ts';

/** The roles that work cases (routes.ts CONTRIBUTORS): the others read nothing a case is for. */
export const WORKING_ROLES = ['analyst', 'advisor', 'commander'] as const;

export interface AssignableUser {
  id: string;
  username: string;
  displayName: string;
  agency: string;
  nation: string;
  roles: (typeof WORKING_ROLES)[number][];
}

/** Every one of them, by name: an installation's people are a few hundred, a page is cut from the whole. */
export async function assignableUsers(tx: Tx, marking: Marking): Promise<AssignableUser[]> {
  const { rows } = await tx.query<{
    id: string;
    username: string;
    display_name: string;
    agency: string;
    nation: string;
    roles: string[];
  }>(
    `select u.id, u.username, u.display_name, u.agency, a.nation,
            array(select r::text from unnest(u.roles) r where r::text = any ($5::text[]) order by 1) as roles
       from users u join agencies a on a.code = u.agency
      where not u.disabled and not u.machine and u.roles::text[] && $5::text[]
        and centinela_visible_for(u.agency, a.nation, $1, $2::tlp, $3::text[], $4::text[])
      order by u.display_name, u.id`,
    [...MARKING_VALUES(marking), [...WORKING_ROLES]],
  );
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    agency: r.agency,
    nation: r.nation,
    roles: WORKING_ROLES.filter((role) => r.roles.includes(role)),
  }));
}
