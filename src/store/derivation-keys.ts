/**
 * The installation's keys of derived ids (src/shared/keyed-id.ts): one secret per purpose — `entity` for
 * entity ids, `finding` for finding ids — created on first use, in `derivation_keys`, a table the application
 * role may not read (0543). A system read: call it as the schema owner.
 */
import { randomBytes } from 'node:crypto';
import type { Tx } from './database.ts';

export type DerivationKeyPurpose = 'entity' | 'finding';

export async function derivationKey(
  tx: Tx,
  purpose: DerivationKeyPurpose,
  fresh: () => Buffer = () => randomBytes(32),
): Promise<Buffer> {
  await tx.query(
    'insert into derivation_keys (purpose, key) values ($1, $2) on conflict (purpose) do nothing',
    [purpose, fresh()],
  );
  const { rows } = await tx.query<{ key: Buffer | Uint8Array }>(
    'select key from derivation_keys where purpose = $1',
    [purpose],
  );
  return Buffer.from(rows[0]!.key);
}
