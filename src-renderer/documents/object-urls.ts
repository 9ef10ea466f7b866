/**
 * Every object URL the session makes (document previews) goes through here, so that a wipe can revoke
 * them all: a resident's photo must not stay reachable in memory after they walk away.
 */
const live = new Set<string>();

export function createObjectUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  live.add(url);
  return url;
}

export function revokeObjectUrl(url: string | undefined): void {
  if (url === undefined || !live.has(url)) return;
  URL.revokeObjectURL(url);
  live.delete(url);
}

/** Revoke every URL still alive; returns how many there were. */
export function revokeAllObjectUrls(): number {
  const count = live.size;
  for (const url of live) URL.revokeObjectURL(url);
  live.clear();
  return count;
}

export function liveObjectUrlCount(): number {
  return live.size;
}
