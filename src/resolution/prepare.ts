/**
 * A party record with every field normalised once, ready for blocking and comparison; and the
 * token-frequency table that weighs name tokens by how common they are.
 */
import type { PartyFields } from './party.ts';
import { normaliseName, type NormalisedName } from './normalise-name.ts';
import { normaliseAddress, type NormalisedAddress } from './normalise-address.ts';
import { normalisePhone, normaliseRfc, type NormalisedRfc } from './normalise-identifiers.ts';
import { compareCodeUnits } from '../shared/compare.ts';

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
  /** Counts after typo folding: a rare token one edit from a common one counts as the common one. */
  private effective: Map<string, number> | null = null;
  private names = 0;

  addName(tokens: readonly string[]): void {
    this.names++;
    this.effective = null;
    for (const token of new Set(tokens)) this.counts.set(token, (this.counts.get(token) ?? 0) + 1);
  }

  get size(): number {
    return this.names;
  }

  /**
   * Typo folding: "ADAUNALES" is rare only because it is misspelt; weighing it as rare would make
   * two firms that share the misspelling ("Servs. Adaunales Industrial" / "… Orión") look alike. A
   * token inherits the count of a token ten times as common within one edit (found through an index
   * of single deletions of the common tokens, so the cost stays linear in the vocabulary).
   */
  private fold(): Map<string, number> {
    const effective = new Map(this.counts);
    const deletions = new Map<string, string>();
    const common = [...this.counts].filter(([, count]) => count >= 10).sort((a, b) => b[1] - a[1]);
    for (const [token] of common) {
      for (const variant of [token, ...singleDeletions(token)])
        if (!deletions.has(variant)) deletions.set(variant, token);
    }
    for (const [token, count] of this.counts) {
      if (count >= 10 || token.length < 5) continue;
      let best = count;
      for (const variant of [token, ...singleDeletions(token)]) {
        const neighbour = deletions.get(variant);
        if (neighbour && neighbour !== token) best = Math.max(best, this.counts.get(neighbour) ?? 0);
      }
      if (best >= count * 10) effective.set(token, best);
    }
    return effective;
  }

  /** Frequency with add-one smoothing, so that an unseen token is rare but not impossible. */
  frequency(token: string): number {
    this.effective ??= this.fold();
    return ((this.effective.get(token) ?? 0) + 1) / (this.names + 1);
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
      (a, b) => this.frequency(a) - this.frequency(b) || compareCodeUnits(a, b),
    );
  }
}

/** The token with each one character removed (the symmetric-delete trick for one-edit lookups). */
function singleDeletions(token: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < token.length; i++) variants.push(token.slice(0, i) + token.slice(i + 1));
  return variants;
}
