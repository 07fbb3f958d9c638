/**
 * Login throttling against guessing and spraying, counted on failed attempts only:
 * - per username across addresses (guessing one account from many addresses);
 * - per address across usernames (spraying one password over many accounts).
 * A username's lock never applies to an address that logged in as that user successfully before, so an attacker
 * who keeps failing against a victim's username cannot lock the victim out of their usual address; elsewhere the
 * lock lifts by itself when the window slides past the failures.
 * In memory, per process: a deployment with several processes behind one address multiplies the limits by
 * their number (docs/SECURITY.md).
 */
export interface ThrottleLimits {
  /** Failures allowed per username (all addresses) in the window. */
  perUsername: number;
  /** Failures allowed per address (all usernames) in the window. */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { perUsername: 10, perAddress: 30, windowMs: 15 * 60_000 };

/** Remembered good addresses per username (the most recent ones). */
const TRUSTED_ADDRESSES_PER_USER = 8;

export class LoginThrottle {
  private readonly byUsername = new Map<string, number[]>();
  private readonly byAddress = new Map<string, number[]>();
  private readonly trusted = new Map<string, string[]>();

  constructor(
    readonly limits: ThrottleLimits = DEFAULT_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before another attempt may be made, or 0 when the attempt may go ahead. */
  retryAfter(username: string, address: string): number {
    const key = username.toLowerCase();
    const waits = [this.wait(this.byAddress, address, this.limits.perAddress)];
    if (!this.trusted.get(key)?.includes(address))
      waits.push(this.wait(this.byUsername, key, this.limits.perUsername));
    return Math.max(...waits);
  }

  failed(username: string, address: string): void {
    this.push(this.byUsername, username.toLowerCase(), this.limits.perUsername);
    this.push(this.byAddress, address, this.limits.perAddress);
  }

  succeeded(username: string, address: string): void {
    const key = username.toLowerCase();
    const list = (this.trusted.get(key) ?? []).filter((a) => a !== address);
    this.trusted.set(key, [address, ...list].slice(0, TRUSTED_ADDRESSES_PER_USER));
  }

  private recent(map: Map<string, number[]>, key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    const kept = (map.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) map.delete(key);
    else map.set(key, kept);
    return kept;
  }

  private wait(map: Map<string, number[]>, key: string, max: number): number {
    const times = this.recent(map, key);
    if (times.length < max) return 0;
    // The oldest failure that must leave the window before one more attempt is allowed.
    const oldest = times[times.length - max]!;
    return Math.max(1, Math.ceil((oldest + this.limits.windowMs - this.now()) / 1000));
  }

  private push(map: Map<string, number[]>, key: string, max: number): void {
    const times = this.recent(map, key);
    times.push(this.now());
    map.set(key, times.slice(-max));
  }
}
