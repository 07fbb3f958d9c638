/**
 * A WHERE clause built from optional filters, for the list queries of the repositories: each condition's
 * "?" marks are bound to its one value as the next $n, so filter values never enter the SQL text.
 */
export class Conditions {
  readonly params: unknown[] = [];
  private readonly clauses: string[] = [];

  add(condition: string, value: unknown): this {
    this.params.push(value);
    this.clauses.push(condition.replaceAll('?', `$${this.params.length}`));
    return this;
  }

  /** `where a and b`, or nothing when no filter was given. */
  get where(): string {
    return this.clauses.length > 0 ? `where ${this.clauses.join(' and ')}` : '';
  }

  /** Binds a value used after the conditions (a limit, an offset) and returns its placeholder. */
  bind(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}
