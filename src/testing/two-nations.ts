/**
 * One instance of a two-nation federation (MEX and USA, each running its own Centinela): its nations, the agencies
 * both sides name, an analyst of the instance's home agency and an administrator of its system agency. The other
 * nation's agencies are known here without accounts, as a sync or a push would leave them.
 */
import type { Database } from '../store/database.ts';
import { makeAgency, makeNation, makeUser } from './factories.ts';

export async function twoNationInstance(
  db: Database,
  nation: 'MEX' | 'USA',
  /** Further agencies of the USA known here (a second peer's agency). */
  usaAgencies: readonly string[] = [],
) {
  return db.asOwner(async (tx) => {
    await makeNation(tx, 'MEX');
    await makeNation(tx, 'USA');
    const anam = await makeAgency(tx, 'MEX', 'MX-ANAM');
    await makeAgency(tx, 'MEX', 'MX-CNI');
    const dea = await makeAgency(tx, 'USA', 'US-DEA');
    for (const code of usaAgencies) await makeAgency(tx, 'USA', code);
    const home = nation === 'MEX' ? anam : dea;
    const sys = await makeAgency(tx, nation, nation === 'MEX' ? 'MX-SYS' : 'US-SYS');
    return {
      analyst: await makeUser(tx, home, ['analyst'], `${nation.toLowerCase()}-analyst`),
      admin: await makeUser(tx, sys, ['admin'], `${nation.toLowerCase()}-admin`),
    };
  });
}
