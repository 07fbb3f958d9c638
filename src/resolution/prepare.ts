/**
 * A party record with every field normalised once, ready for blocking and comparison; and the
 * token-frequency table that weighs name tokens by how common they are.
 */
import type { PartyFields } from './party.ts';
import { normaliseName, type NormalisedName } from './normalise-name.ts';
import { normaliseAddress, type NormalisedAddress } from './normalise-address.ts';
import { normalisePhone, normaliseRfc, type NormalisedRfc } from './normalise-identifiers.ts';

export interface PreparedRecord {
  fields: PartyFields;
  name: NormalisedName;
  rfc: NormalisedRfc;
  address: NormalisedAddress | null;
  phone: string | null;
  /** Everything that is compared, joined: records with the same signature are the same variant. */
  signature: string;
  /** Information of each name token in bits, cached by the resolver once frequencies are known. */
  tokenWeights: number[] | null;
}

export function prepareRecord(fields: PartyFields): PreparedRecord {
  const name = normaliseName(fields.name);
  const rfc = normaliseRfc(fields.rfc);
  const address =
    fields.address && fields.address.trim().length > 0 ? normaliseAddress(fields.address) : null;
  const phone = normalisePhone(fields.phone);
  const signature = [
    name.core,
    name.legalForm ?? '',
    rfc.value ?? '',
    address?.street ?? '',
    address?.exteriorNumber ?? '',
    address?.interiorNumber ?? '',
    address?.postalCode ?? '',
    address?.municipality ?? '',
    phone ?? '',
  ].join('|');
  return { fields, name, rfc, address, phone, signature, tokenWeights: null };
}

/**
 * Relative frequency of each name token among distinct names: P(a random name contains the token).
 * Counted over distinct names, not records, so that a company mentioned on ten thousand declaration
 * lines does not make its own name look common.
 */
export class TokenFrequencies {
  private readonly counts = new Map<string, number>();
  private names = 0;

  addName(tokens: readonly string[]): void {
    this.names++;
    for (const token of new Set(tokens)) this.counts.set(token, (this.counts.get(token) ?? 0) + 1);
  }

  get size(): number {
    return this.names;
  }

  /** Frequency with add-one smoothing, so that an unseen token is rare but not impossible. */
  frequency(token: string): number {
    return ((this.counts.get(token) ?? 0) + 1) / (this.names + 1);
  }

  /** Information content of a token in bits: rare tokens weigh more. */
  weight(token: string): number {
    return -Math.log2(this.frequency(token));
  }

  /** P(a random name has all these tokens), assuming independence (a lower bound kept from zero). */
  nameFrequency(tokens: readonly string[]): number {
    let product = 1;
    for (const token of tokens) product *= this.frequency(token);
    return product;
  }

  /** The tokens of a name, rarest first (ties by spelling so that keys are deterministic). */
  rarest(tokens: readonly string[]): string[] {
    return [...new Set(tokens)].sort(
      (a, b) => this.frequency(a) - this.frequency(b) || (a < b ? -1 : a > b ? 1 : 0),
    );
  }
}
