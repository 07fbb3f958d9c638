import { randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** scrypt parameters: N = 2^15, r = 8, p = 1 (32 MiB, ~0.1 s here); stored with each hash. */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
/** Upper bound on a stored cost, so that parameters read back cannot make the server hash for minutes. */
const MAX_N = 2 ** 20;

/** A new hash: `scrypt$N$r$p$salt$key`. */
export async function hashPassword(password: string): Promise<string> {
  return hashWithParameters(
    password,
    ['scrypt', COST.N, COST.r, COST.p, randomBytes(16).toString('base64url')].join('$'),
  );
}

/**
 * The hash of a password under given parameters (`scrypt$N$r$p$salt`, as the database hands them out): how a
 * login is checked without the stored hash ever leaving the database, which compares the two
 * (`centinela_open_session`). Malformed parameters give a hash that matches nothing.
 */
export async function hashWithParameters(password: string, parameters: string): Promise<string> {
  const [scheme, n, r, p, salt] = parameters.split('$');
  const N = Number(n);
  if (scheme !== 'scrypt' || !salt || !Number.isInteger(N) || N < 2 || N > MAX_N)
    return `invalid$${parameters}`;
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), KEY_LENGTH, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r),
  });
  return `${parameters}$${key.toString('base64url')}`;
}
