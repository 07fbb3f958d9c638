/**
 * Canonical form of what a user observes, so that the full and the reduced world compare: every
 * generated id (a UUID) becomes `id#n` by its first appearance, every timestamp the run generated
 * (at or after `generatedSince`, since the world's own dates lie in the past) becomes `time#n`, every
 * 64-hex hash `hash#n`, every edge key graphology made up `id#n`. Nothing else is touched: data values, counts, order and errors stay.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ISO_TIME = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?/g;
const HASH = /\b[0-9a-f]{64}\b/g;
/** Keys graphology generates for edges added without one (a process-wide counter). */
const GRAPH_EDGE = /\bgeid_\d+_\d+\b/g;

export class Canonicaliser {
  private readonly ids = new Map<string, string>();
  private readonly times = new Map<string, string>();
  private readonly hashes = new Map<string, string>();

  constructor(private readonly generatedSince: number) {}

  private token(map: Map<string, string>, prefix: string, value: string): string {
    let token = map.get(value);
    if (!token) {
      token = `${prefix}#${map.size + 1}`;
      map.set(value, token);
    }
    return token;
  }

  text(value: string): string {
    return value
      .replace(UUID, (id) => this.token(this.ids, 'id', id.toLowerCase()))
      .replace(ISO_TIME, (time) => {
        const at = Date.parse(time);
        return Number.isFinite(at) && at >= this.generatedSince
          ? this.token(this.times, 'time', String(at))
          : time;
      })
      .replace(HASH, (hash) => this.token(this.hashes, 'hash', hash))
      .replace(GRAPH_EDGE, (edge) => this.token(this.ids, 'id', edge));
  }

  /** A deep copy with ids, generated timestamps and hashes replaced, keys included, order kept. */
  value(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.value(item));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.text(k), this.value(v)]));
    return value;
  }
}

export interface Difference {
  path: string;
  full: unknown;
  reduced: unknown;
}

const brief = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text !== undefined && text.length > 300 ? `${text.slice(0, 300)}…` : value;
};

/** The first place where two canonical values differ (depth first, in order), or null. */
export function firstDifference(full: unknown, reduced: unknown, path = '$'): Difference | null {
  if (Object.is(full, reduced)) return null;
  if (Array.isArray(full) && Array.isArray(reduced)) {
    for (let i = 0; i < Math.max(full.length, reduced.length); i++) {
      if (i >= full.length || i >= reduced.length)
        return { path: `${path}[${i}]`, full: brief(full[i]), reduced: brief(reduced[i]) };
      const found = firstDifference(full[i], reduced[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (
    full !== null &&
    reduced !== null &&
    typeof full === 'object' &&
    typeof reduced === 'object' &&
    !Array.isArray(full) &&
    !Array.isArray(reduced)
  ) {
    const a = full as Record<string, unknown>;
    const b = reduced as Record<string, unknown>;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    for (let i = 0; i < Math.max(keysA.length, keysB.length); i++) {
      const key = keysA[i] ?? keysB[i]!;
      if (keysA[i] !== keysB[i])
        return { path: `${path}.${key} (key order)`, full: brief(keysA), reduced: brief(keysB) };
      const found = firstDifference(a[key], b[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return { path, full: brief(full), reduced: brief(reduced) };
}
