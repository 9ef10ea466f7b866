/**
 * The fault plan of the exactly-once test: every kind of fault, on the requests where it hurts most
 * (uploads cut half-way, acknowledgements lost after the server did the work, portals and redirects on
 * the probe and on submissions, stalls on both). Attachments travel two ways (the test's kiosk sends those
 * up to 50 KB in the creation POST itself, larger ones by PATCH after creation), so both get cut. The first rules fire at fixed positions, so every kind
 * is injected at least once whatever the timing; the rest draw from the proxy's seeded PRNG, with limits
 * that keep the total in the test's time budget (≈ 70 proxy faults when every limit is reached).
 */
import { PATHS } from '../../../src-shared/protocol';
import type { FaultRule } from './fault-plan';

const H = PATHS.health;
const A = PATHS.applications;
const U = PATHS.uploads;

export const EXACTLY_ONCE_RULES: readonly FaultRule[] = [
  // At least one of each kind (positions among the requests each rule matches).
  { method: 'PATCH', path: U, at: [5], fault: { kind: 'cut-upload', afterFraction: 0.5 } },
  { method: 'PUT', path: A, at: [7], fault: { kind: 'cut-after-forward' } },
  { method: 'PATCH', path: U, at: [11], fault: { kind: 'http-502' } },
  { method: 'PUT', path: A, at: [13], fault: { kind: 'http-500' } },
  { method: 'GET', path: H, at: [4], fault: { kind: 'http-503' } },
  { method: 'GET', path: H, at: [6], fault: { kind: 'captive-portal' } },
  { method: 'GET', path: H, at: [8], fault: { kind: 'redirect' } },
  { method: 'PATCH', path: U, at: [20], fault: { kind: 'stall', ms: 2_500 } },
  { method: 'POST', path: U, at: [3], fault: { kind: 'cut-upload', afterFraction: 0.5 } },
  // Building Wi-Fi dropping mid-upload: tus must resume from the server's offset (PATCH), or send a
  // one-request upload again from the start (POST).
  { method: 'POST', path: U, rate: 0.06, limit: 5, fault: { kind: 'cut-upload', afterFraction: 0.5 } },
  { method: 'PATCH', path: U, rate: 0.1, limit: 8, fault: { kind: 'cut-upload', afterFraction: 0.5 } },
  { method: 'PATCH', path: U, rate: 0.05, limit: 4, fault: { kind: 'cut-upload', afterBytes: 1 } },
  { method: 'PUT', path: A, rate: 0.04, limit: 3, fault: { kind: 'cut-upload', afterFraction: 0.8 } },
  // The server did the work, the kiosk never heard: the classic duplicate makers.
  { method: 'PUT', path: A, rate: 0.08, limit: 6, fault: { kind: 'cut-after-forward' } },
  { method: 'GET', path: A, rate: 0.08, limit: 5, fault: { kind: 'cut-after-forward' } },
  { method: 'POST', path: U, rate: 0.05, limit: 4, fault: { kind: 'cut-after-forward' } },
  { method: 'PATCH', path: U, rate: 0.05, limit: 4, fault: { kind: 'cut-after-forward' } },
  // Failing server or gateway.
  { method: 'PUT', path: A, rate: 0.04, limit: 3, fault: { kind: 'http-500' } },
  { method: 'PATCH', path: U, rate: 0.03, limit: 3, fault: { kind: 'http-502' } },
  { method: 'POST', path: U, rate: 0.03, limit: 2, fault: { kind: 'http-502' } },
  { method: 'HEAD', path: U, rate: 0.1, limit: 2, fault: { kind: 'http-503' } },
  { method: 'GET', path: H, rate: 0.04, limit: 3, fault: { kind: 'http-503' } },
  // Captive portal: 200 HTML and redirects to its login page.
  { method: 'GET', path: H, rate: 0.05, limit: 4, fault: { kind: 'captive-portal' } },
  { method: 'PUT', path: A, rate: 0.03, limit: 3, fault: { kind: 'captive-portal' } },
  { method: 'PATCH', path: U, rate: 0.02, limit: 2, fault: { kind: 'captive-portal' } },
  { method: 'GET', path: H, rate: 0.04, limit: 3, fault: { kind: 'redirect' } },
  { method: 'POST', path: U, rate: 0.03, limit: 2, fault: { kind: 'redirect' } },
  { method: 'GET', path: A, rate: 0.03, limit: 2, fault: { kind: 'redirect' } },
  // Long stalls: dropped by the proxy after a while, or held until the kiosk gives up.
  { method: 'PATCH', path: U, rate: 0.02, limit: 2, fault: { kind: 'stall', ms: 2_500 } },
  { method: 'PUT', path: A, rate: 0.02, limit: 2, fault: { kind: 'stall' } },
];
