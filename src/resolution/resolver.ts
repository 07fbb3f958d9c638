/**
 * Resolution end to end, in memory: prepare → collapse identical variants → block → compare →
 * train (u from random pairs, m and λ by EM) → score → cluster with analysts' decisions → entities.
 * The resolver keeps its indexes, so `add()` places new records without recomputing everything.
 */
import { newEntityIdKey, opaqueEntityId } from './entity-id.ts';
import type { PartyFields } from './party.ts';
import { prepareRecord, TokenFrequencies, type PreparedRecord } from './prepare.ts';
import { compareInto, COMPARISONS, patternCode } from './compare.ts';
import {
  estimateU,
  trainModel,
  type FellegiSunterModel,
  type MatchScore,
  type PatternCounts,
  type TrainingPass,
} from './fellegi-sunter.ts';
import { Scorer } from './scorer.ts';
import {
  addToBlockIndex,
  blockingKeys,
  buildBlockIndex,
  candidatePairs,
  DEFAULT_BLOCKING,
  pairFirst,
  pairSecond,
  reversedName,
  type BlockIndex,
  type BlockingOptions,
} from './blocking.ts';
import { Clustering, clusterLinks, DEFAULT_CLUSTERING, type ClusterOptions } from './cluster.ts';
import { seededRandom } from '../shared/random.ts';
import { NeighbourIndex } from './neighbour-index.ts';

/** An analyst's decision: `confirm` keeps records together; `split` keeps two sides apart. */
export interface ResolutionDecision {
  id: string;
  kind: 'confirm' | 'split';
  recordIds: readonly string[];
  /** The other side of a split. */
  otherRecordIds?: readonly string[];
}

export interface ResolveOptions {
  blocking?: BlockingOptions;
  clustering?: ClusterOptions;
  decisions?: readonly ResolutionDecision[];
  randomPairs?: number;
  seed?: number;
  /**
   * The id of an entity from its anchor (lowest member record id); by default an HMAC with a key of
   * this process (src/resolution/entity-id.ts). Never a plain function of member ids.
   */
  entityIdOf?: (anchor: string) => string;
}

export interface MemberExplanation {
  recordId: string;
  /** The record it was linked to, and why; absent for the first member. */
  linkedTo?: string;
  reason?: 'identical' | 'match' | 'confirmed';
  score?: MatchScore;
  support?: number;
}

export interface ResolvedEntity {
  entityId: string;
  members: PartyFields[];
  explanations: MemberExplanation[];
}

export interface ResolutionStats {
  records: number;
  variants: number;
  candidatePairs: number;
  entities: number;
  model: FellegiSunterModel;
}

const PROCESS_KEY = newEntityIdKey();
const defaultEntityIdOf = (anchor: string) => opaqueEntityId(PROCESS_KEY, [], anchor);

export class Resolver {
  readonly records: PreparedRecord[] = [];
  /** Record position → variant index. */
  readonly variantOfRecord: number[] = [];
  readonly variants: PreparedRecord[] = [];
  /** Variant → record positions that share it. */
  private readonly recordsOfVariant: number[][] = [];
  private readonly variantBySignature = new Map<string, number>();
  private readonly pinned = new Set<string>();
  readonly tf = new TokenFrequencies();
  private index: BlockIndex = new Map();
  private sortedNames!: NeighbourIndex;
  private reversedNames!: NeighbourIndex;
  scorer!: Scorer;
  clustering!: Clustering;
  candidatePairCount = 0;

  private constructor(
    private readonly options: Required<Omit<ResolveOptions, 'decisions' | 'entityIdOf'>>,
    private readonly entityIdOf: (anchor: string) => string,
  ) {}

  private static create(fields: readonly PartyFields[], options: ResolveOptions): Resolver {
    const resolver = new Resolver(
      {
        blocking: options.blocking ?? DEFAULT_BLOCKING,
        clustering: options.clustering ?? DEFAULT_CLUSTERING,
        randomPairs: options.randomPairs ?? 200_000,
        seed: options.seed ?? 1,
      },
      options.entityIdOf ?? defaultEntityIdOf,
    );
    for (const decision of options.decisions ?? []) {
      for (const id of [...decision.recordIds, ...(decision.otherRecordIds ?? [])]) resolver.pinned.add(id);
    }
    for (const record of fields) resolver.addVariant(prepareRecord(record), true);
    return resolver;
  }

  /** A full run: every record compared within its blocks, the model trained, everything clustered. */
  static run(fields: readonly PartyFields[], options: ResolveOptions = {}): Resolver {
    const resolver = Resolver.create(fields, options);
    resolver.resolveAll(options.decisions ?? []);
    return resolver;
  }

  /**
   * The state of an earlier run without recomputing it: records with the entity each belongs to and
   * the trained model; only indexes are rebuilt. `add()` then places new records incrementally.
   */
  static restore(
    fields: readonly PartyFields[],
    entityOf: readonly string[],
    model: FellegiSunterModel,
    options: ResolveOptions = {},
  ): Resolver {
    const resolver = Resolver.create(fields, options);
    resolver.buildIndexes();
    resolver.scorer = new Scorer(model, resolver.tf);
    resolver.clustering = new Clustering(
      resolver.variants.length,
      (a, b) => resolver.scoreVariants(a, b),
      resolver.options.clustering,
    );
    const firstVariantOfEntity = new Map<string, number>();
    fields.forEach((_, position) => {
      const variant = resolver.variantOfRecord[position]!;
      const entity = entityOf[position]!;
      const first = firstVariantOfEntity.get(entity);
      if (first === undefined) firstVariantOfEntity.set(entity, variant);
      else resolver.clustering.assume(first, variant);
    });
    return resolver;
  }

  private buildIndexes(): void {
    const variants = this.variants;
    for (const variant of variants)
      variant.tokenWeights = variant.name.tokens.map((token) => this.tf.weight(token));
    this.index = buildBlockIndex(variants, this.tf);
    this.sortedNames = new NeighbourIndex(variants.map((v) => v.name.sortedKey));
    this.reversedNames = new NeighbourIndex(variants.map(reversedName));
  }

  /** Adds a record; returns its variant and whether that variant is new. */
  private addVariant(record: PreparedRecord, countTokens: boolean): { variant: number; isNew: boolean } {
    const position = this.records.push(record) - 1;
    // records an analyst decided about keep their own variant, so a split can separate identical ones
    const key = this.pinned.has(record.fields.recordId)
      ? `${record.signature}#${record.fields.recordId}`
      : record.signature;
    const existing = this.variantBySignature.get(key);
    if (existing !== undefined) {
      this.variantOfRecord.push(existing);
      this.recordsOfVariant[existing]!.push(position);
      return { variant: existing, isNew: false };
    }
    const variant = this.variants.push(record) - 1;
    this.variantBySignature.set(key, variant);
    this.variantOfRecord.push(variant);
    this.recordsOfVariant.push([position]);
    if (countTokens) this.tf.addName(record.name.tokens);
    return { variant, isNew: true };
  }

  private resolveAll(decisions: readonly ResolutionDecision[]): void {
    const variants = this.variants;
    this.buildIndexes();
    const pairs = candidatePairs(
      variants,
      this.index,
      [this.sortedNames.order, this.reversedNames.order],
      this.options.blocking,
    );
    this.candidatePairCount = pairs.length;

    const model = trainModel(
      this.trainingPasses(),
      estimateU(this.randomPairPatterns()),
      this.candidateLambda(pairs),
    );
    this.scorer = new Scorer(model, this.tf);
    this.clustering = new Clustering(
      variants.length,
      (a, b) => this.scoreVariants(a, b),
      this.options.clustering,
    );
    this.applyDecisions(decisions);

    const links: { a: number; b: number; weight: number }[] = [];
    const threshold = this.options.clustering.threshold;
    for (let i = 0; i < pairs.length; i++) {
      const a = pairFirst(pairs[i]!);
      const b = pairSecond(pairs[i]!, a);
      const weight = this.scoreVariants(a, b);
      if (weight >= threshold) links.push({ a, b, weight });
    }
    clusterLinks(this.clustering, links);
  }

  /** Patterns of the pairs inside blocks of one kind (all-to-all in blocks up to maxBlock), sampled. */
  private blockPatterns(kind: 'rfc' | 'name', limit = 300_000): PatternCounts {
    const counts: PatternCounts = new Map();
    const gamma = new Uint8Array(COMPARISONS.length);
    const blockedOn = COMPARISONS.findIndex((comparison) => comparison.name === kind);
    let taken = 0;
    for (const members of this.index.get(kind)?.values() ?? []) {
      if (members.length < 2 || members.length > this.options.blocking.maxBlock) continue;
      for (let i = 0; i < members.length && taken < limit; i++) {
        for (let j = i + 1; j < members.length && taken < limit; j++) {
          compareInto(this.variants[members[i]!]!, this.variants[members[j]!]!, this.tf, gamma);
          gamma[blockedOn] = 0;
          const code = patternCode(gamma);
          counts.set(code, (counts.get(code) ?? 0) + 1);
          taken++;
        }
      }
      if (taken >= limit) break;
    }
    return counts;
  }

  private trainingPasses(): TrainingPass[] {
    return (['rfc', 'name'] as const).map((kind) => ({
      pairs: this.blockPatterns(kind),
      blockedOn: COMPARISONS.findIndex((comparison) => comparison.name === kind),
    }));
  }

  /**
   * λ among candidate pairs from a deterministic rule: pairs with the same valid RFC are taken as
   * matches, and the rule is assumed to find 70% of them (records without RFC or with a typo in it
   * are the rest). Splink shows a wrong recall guess moves the prior only a fraction of a bit.
   */
  private candidateLambda(pairs: Float64Array): number {
    if (pairs.length === 0) return 0.01;
    let sameRfc = 0;
    for (let i = 0; i < pairs.length; i++) {
      const a = pairFirst(pairs[i]!);
      const rfc = this.variants[a]!.rfc.value;
      if (rfc !== null && rfc === this.variants[pairSecond(pairs[i]!, a)]!.rfc.value) sameRfc++;
    }
    return sameRfc / 0.7 / pairs.length;
  }

  private scoreVariants(a: number, b: number): number {
    return this.scorer.score(this.variants[a]!, this.variants[b]!);
  }

  private randomPairPatterns(): PatternCounts {
    const counts: PatternCounts = new Map();
    const n = this.variants.length;
    if (n < 2) return counts;
    const random = seededRandom(this.options.seed);
    const gamma = new Uint8Array(COMPARISONS.length);
    const samples = Math.min(this.options.randomPairs, (n * (n - 1)) / 2);
    for (let s = 0; s < samples; s++) {
      const a = Math.floor(random() * n);
      let b = Math.floor(random() * (n - 1));
      if (b >= a) b++;
      const code = patternCode(compareInto(this.variants[a]!, this.variants[b]!, this.tf, gamma));
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    return counts;
  }

  private applyDecisions(decisions: readonly ResolutionDecision[]): void {
    const variantsOf = (ids: readonly string[]) =>
      ids.map((id) => this.variantByRecordId(id)).filter((v): v is number => v !== undefined);
    for (const decision of decisions.filter((d) => d.kind === 'split')) {
      for (const v of variantsOf(decision.recordIds)) this.clustering.forbid(v, `${decision.id}:L`);
      for (const v of variantsOf(decision.otherRecordIds ?? []))
        this.clustering.forbid(v, `${decision.id}:R`);
    }
    for (const decision of decisions.filter((d) => d.kind === 'confirm')) {
      const [first, ...rest] = variantsOf(decision.recordIds);
      if (first !== undefined) for (const v of rest) this.clustering.mustLink(first, v);
    }
  }

  private recordPositionById?: Map<string, number>;

  private variantByRecordId(recordId: string): number | undefined {
    if (!this.recordPositionById || this.recordPositionById.size !== this.records.length) {
      this.recordPositionById = new Map(this.records.map((r, i) => [r.fields.recordId, i]));
    }
    const position = this.recordPositionById.get(recordId);
    return position === undefined ? undefined : this.variantOfRecord[position];
  }

  /**
   * Incremental resolution: each new record joins the entity it links to (same rules as a full run:
   * threshold and cluster support), or starts its own. The model and token frequencies stay those of
   * the last full run. Returns the variants (cluster roots) that changed.
   */
  add(fields: readonly PartyFields[]): Set<number> {
    const touched = new Set<number>();
    const { maxBlock, window } = this.options.blocking;
    for (const record of fields) {
      const prepared = prepareRecord(record);
      prepared.tokenWeights = prepared.name.tokens.map((token) => this.tf.weight(token));
      const { variant, isNew } = this.addVariant(prepared, false);
      if (!isNew) {
        touched.add(this.clustering.find(variant));
        continue;
      }
      this.clustering.add();
      const candidates = new Set<number>();
      for (const [kind, key] of Object.entries(blockingKeys(this.variants[variant]!, this.tf))) {
        const members = this.index.get(kind as never)?.get(key) ?? [];
        for (const m of members.slice(-maxBlock)) candidates.add(m);
      }
      for (const m of this.sortedNames.near(this.variants[variant]!.name.sortedKey, window))
        candidates.add(m);
      for (const m of this.reversedNames.near(reversedName(this.variants[variant]!), window))
        candidates.add(m);
      const scored = [...candidates]
        .map((other) => ({ a: variant, b: other, weight: this.scoreVariants(variant, other) }))
        .filter((pair) => pair.a !== pair.b);
      clusterLinks(this.clustering, scored);
      addToBlockIndex(this.index, this.variants[variant]!, variant, this.tf);
      this.sortedNames.insert(this.variants[variant]!.name.sortedKey, variant);
      this.reversedNames.insert(reversedName(this.variants[variant]!), variant);
      touched.add(this.clustering.find(variant));
    }
    return touched;
  }

  get stats(): ResolutionStats {
    return {
      records: this.records.length,
      variants: this.variants.length,
      candidatePairs: this.candidatePairCount,
      entities: this.clustering.clusters().length,
      model: this.scorer.model,
    };
  }

  /** Entity of each record position (cluster root of its variant). */
  entityKeyOfRecord(position: number): number {
    return this.clustering.find(this.variantOfRecord[position]!);
  }

  /** Entities with members only (cheap; for evaluation and bulk output). */
  memberGroups(): string[][] {
    return this.clustering
      .clusters()
      .map((variants) =>
        variants.flatMap((v) => this.recordsOfVariant[v]!.map((p) => this.records[p]!.fields.recordId)),
      );
  }

  /** Entities with their members and the explanation of every member's link. */
  entities(roots?: ReadonlySet<number>): ResolvedEntity[] {
    const linkOf = new Map<number, { other: number; kind: 'match' | 'confirmed'; support: number }>();
    for (const link of this.clustering.links) {
      const [later, earlier] = link.a > link.b ? [link.a, link.b] : [link.b, link.a];
      if (!linkOf.has(later)) linkOf.set(later, { other: earlier, kind: link.kind, support: link.support });
      else if (!linkOf.has(earlier))
        linkOf.set(earlier, { other: later, kind: link.kind, support: link.support });
    }
    return this.clustering
      .clusters()
      .filter((variants) => !roots || roots.has(this.clustering.find(variants[0]!)))
      .map((variants) => this.describe(variants, linkOf));
  }

  private describe(
    variants: number[],
    linkOf: Map<number, { other: number; kind: 'match' | 'confirmed'; support: number }>,
  ): ResolvedEntity {
    const members: PartyFields[] = [];
    const explanations: MemberExplanation[] = [];
    for (const v of variants) {
      const [first, ...duplicates] = this.recordsOfVariant[v]!.map((p) => this.records[p]!.fields);
      if (!first) continue;
      const link = linkOf.get(v);
      const linked = link ? this.variants[link.other]!.fields.recordId : undefined;
      explanations.push(
        link && linked !== undefined
          ? {
              recordId: first.recordId,
              linkedTo: linked,
              reason: link.kind,
              score: this.scorer.explain(this.variants[v]!, this.variants[link.other]!),
              support: Math.round(link.support * 1000) / 1000,
            }
          : { recordId: first.recordId },
      );
      members.push(first);
      for (const duplicate of duplicates) {
        members.push(duplicate);
        explanations.push({ recordId: duplicate.recordId, linkedTo: first.recordId, reason: 'identical' });
      }
    }
    const firstId = members.map((m) => m.recordId).sort()[0] ?? '';
    return { entityId: this.entityIdOf(firstId), members, explanations };
  }
}
