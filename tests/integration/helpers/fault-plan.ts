/**
 * The fault plan of the test proxy: which request gets which fault. A rule matches requests by method
 * and path, then fires at given positions among its matches (`at`), with a probability drawn from the
 * plan's seeded PRNG (`rate`), or on every match; `limit` caps how often it fires. The first rule that
 * fires wins; requests no rule takes are forwarded untouched.
 */
import { seededRandom } from '../../../bench/photos';

/** The bench's mulberry32 PRNG (numbers in [0, 1), the same seed gives the same sequence). */
export { seededRandom };

/** What a faulty network or server can do to one request. */
export type Fault =
  /** Forward the request head and the first bytes of its body, then cut both connections. */
  | { kind: 'cut-upload'; afterBytes?: number; afterFraction?: number }
  /** Forward the whole request and read the server's whole answer, then cut the client: the server did the work, the client never hears. */
  | { kind: 'cut-after-forward' }
  /** Answer with this status without forwarding (the body is a short text, the request body is read and dropped). */
  | { kind: 'http-500' }
  | { kind: 'http-502' }
  | { kind: 'http-503' }
  /** Answer `200 text/html` with a Wi-Fi login page, without forwarding. */
  | { kind: 'captive-portal' }
  /** Answer `302` to the proxy's own login page (or `location`), without forwarding. */
  | { kind: 'redirect'; location?: string }
  /** Hold the connection open without answering, then destroy it (after `ms`, or when the client gives up). */
  | { kind: 'stall'; ms?: number };

export type FaultKind = Fault['kind'];

export const FAULT_KINDS: readonly FaultKind[] = [
  'cut-upload',
  'cut-after-forward',
  'http-500',
  'http-502',
  'http-503',
  'captive-portal',
  'redirect',
  'stall',
];

export interface FaultRule {
  fault: Fault;
  /** Exact HTTP method (any case); any method when absent. */
  method?: string;
  /** A path prefix (query excluded) or a pattern tested against the path; any path when absent. */
  path?: string | RegExp;
  /** 1-based positions among this rule's matching requests at which it fires. */
  at?: readonly number[];
  /** Probability (0–1) per matching request, from the plan's seeded PRNG. */
  rate?: number;
  /** Fires at most this many times. */
  limit?: number;
}

function checkRule(rule: FaultRule): void {
  if (!FAULT_KINDS.includes(rule.fault.kind)) throw new RangeError(`unknown fault kind: ${String(rule.fault.kind)}`);
  if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) throw new RangeError('rate must be between 0 and 1');
  if (rule.at !== undefined && rule.at.some((n) => !Number.isInteger(n) || n < 1)) throw new RangeError('at must list positive integers');
  if (rule.limit !== undefined && !(Number.isInteger(rule.limit) && rule.limit >= 0)) throw new RangeError('limit must be a non-negative integer');
}

function pathMatches(pattern: FaultRule['path'], path: string): boolean {
  if (pattern === undefined) return true;
  if (typeof pattern === 'string') return path.startsWith(pattern);
  pattern.lastIndex = 0;
  return pattern.test(path);
}

interface RuleState {
  rule: FaultRule;
  matched: number;
  fired: number;
}

export class FaultPlan {
  private states: RuleState[] = [];
  private random: () => number;

  constructor(rules: readonly FaultRule[] = [], seed = 1) {
    this.random = seededRandom(seed);
    this.replace(rules);
  }

  /** Replaces every rule (their counters start again). */
  replace(rules: readonly FaultRule[]): void {
    rules.forEach(checkRule);
    this.states = rules.map((rule) => ({ rule, matched: 0, fired: 0 }));
  }

  add(rule: FaultRule): void {
    checkRule(rule);
    this.states.push({ rule, matched: 0, fired: 0 });
  }

  /** Rules that may still fire. */
  get pending(): number {
    return this.states.filter(({ rule, fired }) => rule.limit === undefined || fired < rule.limit).length;
  }

  /** The fault for this request, or null to forward it. Every matching rule counts the request. */
  pick(method: string, path: string): Fault | null {
    let chosen: Fault | null = null;
    for (const state of this.states) {
      const { rule } = state;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!pathMatches(rule.path, path)) continue;
      state.matched += 1;
      if (chosen !== null) continue;
      if (rule.limit !== undefined && state.fired >= rule.limit) continue;
      let fires = true;
      if (rule.at !== undefined) fires = rule.at.includes(state.matched);
      if (fires && rule.rate !== undefined) fires = this.random() < rule.rate;
      if (!fires) continue;
      state.fired += 1;
      chosen = rule.fault;
    }
    return chosen;
  }
}
