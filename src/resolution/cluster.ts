/**
 * Clustering of scored pairs into entities that cannot chain two companies through one weak link.
 *
 * Connected components over links above a threshold (Splink's default) merge A–B–C when A–B and B–C
 * match even if A and C are plainly different companies. Here links are taken strongest first, and
 * two clusters merge only when (1) the link is above the threshold and (2) the clusters agree as
 * wholes: the average match probability over every cross pair (members of one against members of the
 * other, scored on demand, sampled for large clusters) is at least `minSupport` (average linkage).
 * One strong link between two otherwise dissimilar groups therefore does not merge them.
 *
 * Analysts' decisions are constraints: a confirmed group is merged first, unconditionally (must-link);
 * a split puts its two sides under a cannot-link tag that no later merge may violate.
 */
import { probabilityOf } from './fellegi-sunter.ts';

export interface ClusterOptions {
  /** Minimum match weight (bits) of a link to consider a merge. */
  threshold: number;
  /** Minimum average cross-pair match probability for two clusters to merge. */
  minSupport: number;
  /** Members sampled from each side when a cross product would be larger than this squared. */
  sampleSide: number;
}

export const DEFAULT_CLUSTERING: ClusterOptions = { threshold: 5, minSupport: 0.7, sampleSide: 12 };

/** A link that merged two clusters: the reason a member belongs to its entity. */
export interface MergeLink {
  a: number;
  b: number;
  weight: number;
  /** Average cross-pair match probability of the two clusters when they merged (1 for must-links). */
  support: number;
  kind: 'match' | 'confirmed';
}

export class Clustering {
  private parent: Int32Array;
  private readonly members: (number[] | undefined)[];
  private readonly forbidden = new Map<number, Set<string>>();
  readonly links: MergeLink[] = [];

  constructor(
    size: number,
    private readonly score: (a: number, b: number) => number,
    private readonly options: ClusterOptions = DEFAULT_CLUSTERING,
  ) {
    this.parent = new Int32Array(Math.max(16, size));
    this.members = [];
    this.count = size;
    for (let i = 0; i < this.parent.length; i++) this.parent[i] = i;
  }

  private count: number;

  get size(): number {
    return this.count;
  }

  /** Adds a singleton cluster (incremental resolution); returns its index. */
  add(): number {
    if (this.count === this.parent.length) {
      const grown = new Int32Array(this.parent.length * 2);
      grown.set(this.parent);
      for (let i = this.parent.length; i < grown.length; i++) grown[i] = i;
      this.parent = grown;
    }
    return this.count++;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  membersOf(root: number): readonly number[] {
    return this.members[root] ?? [root];
  }

  /** Marks members with a cannot-link tag side: clusters holding opposite sides of a tag never merge. */
  forbid(member: number, tag: string): void {
    const root = this.find(member);
    const tags = this.forbidden.get(root) ?? new Set<string>();
    tags.add(tag);
    this.forbidden.set(root, tags);
  }

  private violates(rootA: number, rootB: number): boolean {
    const a = this.forbidden.get(rootA);
    const b = this.forbidden.get(rootB);
    if (!a || !b) return false;
    for (const tag of a) if (b.has(opposite(tag))) return true;
    return false;
  }

  private union(rootA: number, rootB: number): number {
    const [big, small] =
      this.membersOf(rootA).length >= this.membersOf(rootB).length ? [rootA, rootB] : [rootB, rootA];
    this.parent[small] = big;
    // push into the bigger list: merging singles one by one into a large entity stays linear
    const bigMembers = this.members[big] ?? [big];
    for (const member of this.membersOf(small)) bigMembers.push(member);
    this.members[big] = bigMembers;
    this.members[small] = undefined;
    const smallTags = this.forbidden.get(small);
    if (smallTags) {
      const bigTags = this.forbidden.get(big) ?? new Set<string>();
      for (const tag of smallTags) bigTags.add(tag);
      this.forbidden.set(big, bigTags);
      this.forbidden.delete(small);
    }
    return big;
  }

  /** Average match probability over (a sample of) cross pairs of two clusters. */
  support(rootA: number, rootB: number): number {
    const side = this.options.sampleSide;
    const left = sample(this.membersOf(rootA), side);
    const right = sample(this.membersOf(rootB), side);
    let total = 0;
    for (const i of left) for (const j of right) total += probabilityOf(this.score(i, j));
    return total / (left.length * right.length);
  }

  /** Merges unconditionally (an analyst confirmed these belong together), unless a split forbids it. */
  mustLink(a: number, b: number): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB || this.violates(rootA, rootB)) return false;
    this.union(rootA, rootB);
    this.links.push({ a, b, weight: this.score(a, b), support: 1, kind: 'confirmed' });
    return true;
  }

  /** Puts a and b together as an earlier run decided (restoring state; no link is recorded). */
  assume(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.union(rootA, rootB);
  }

  /** Tries to merge the clusters of a and b through their link of `weight` bits. */
  tryMerge(a: number, b: number, weight: number): boolean {
    if (weight < this.options.threshold) return false;
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB || this.violates(rootA, rootB)) return false;
    const single = this.membersOf(rootA).length === 1 && this.membersOf(rootB).length === 1;
    const support = single ? probabilityOf(weight) : this.support(rootA, rootB);
    if (support < this.options.minSupport) return false;
    this.union(rootA, rootB);
    this.links.push({ a, b, weight, support, kind: 'match' });
    return true;
  }

  /** Clusters as lists of members (roots in index order; members in index order). */
  clusters(): number[][] {
    const result: number[][] = [];
    for (let i = 0; i < this.count; i++) {
      if (this.find(i) === i) result.push([...this.membersOf(i)].sort((x, y) => x - y));
    }
    return result;
  }
}

function opposite(tag: string): string {
  return tag.endsWith(':L') ? `${tag.slice(0, -2)}:R` : `${tag.slice(0, -2)}:L`;
}

/** Up to `size` members spread evenly over the list (deterministic). */
function sample(members: readonly number[], size: number): readonly number[] {
  if (members.length <= size) return members;
  const step = members.length / size;
  return Array.from({ length: size }, (_, i) => members[Math.floor(i * step)]!);
}

/** Links taken strongest first (ties by indices, so that runs are deterministic). */
export function clusterLinks(
  clustering: Clustering,
  pairs: readonly { a: number; b: number; weight: number }[],
): void {
  const ordered = [...pairs].sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  for (const pair of ordered) clustering.tryMerge(pair.a, pair.b, pair.weight);
}
