import type { Database } from '../store/database.ts';
import type { Actor } from '../shared/actor.ts';
import { upsertAgency, upsertNation, findUserByUsername } from '../identity/repository.ts';
import { createUser } from '../identity/service.ts';
import { recordAudit } from '../audit/index.ts';
import { DEMO_AGENCIES, DEMO_NATIONS, DEMO_PASSWORD, DEMO_USERS } from './identities.ts';

const SEEDER: Actor = {
  credential: '',
  userId: '',
  username: 'demo-seed',
  agency: 'MX-SYS',
  nation: 'MEX',
  roles: ['admin'],
  requestId: 'demo-seed',
};

/** Seeds the demo nations, agencies and one user per role; idempotent. Returns the users it created. */
export async function seedDemoIdentities(db: Database): Promise<string[]> {
  return db.asOwner(async (tx) => {
    for (const nation of DEMO_NATIONS) await upsertNation(tx, nation);
    for (const agency of DEMO_AGENCIES) await upsertAgency(tx, agency);
    const created: string[] = [];
    for (const user of DEMO_USERS) {
      if (await findUserByUsername(tx, user.username)) continue;
      await createUser(tx, SEEDER, { ...user, password: DEMO_PASSWORD }, 'owner');
      created.push(user.username);
    }
    if (created.length > 0)
      await recordAudit(tx, SEEDER, { action: 'seed_demo', table: 'users', detail: { created } });
    return created;
  });
}
