import type { Session } from 'electron';
import { APP_ORIGIN, isSameOrigin } from './app-origin';
import type { Log } from './logger';

/**
 * Permission policy: the kiosk needs the camera (photographing documents) and nothing else. Granted only
 * to our own origin's top frame and only for video: no microphone, screen capture, location,
 * notifications, clipboard, USB/HID/serial/Bluetooth, …
 */

export interface PermissionQuestion {
  permission: string;
  requestingUrl: string | undefined;
  mediaTypes?: readonly string[] | undefined;
  isMainFrame: boolean | undefined;
  /** The origin Chromium reports for a media request (if any); must agree with requestingUrl. */
  securityOrigin?: string | undefined;
}

export function decidePermission(q: PermissionQuestion, appOrigin: string = APP_ORIGIN): boolean {
  if (q.permission !== 'media' || q.isMainFrame !== true) return false;
  if (!isSameOrigin(q.requestingUrl, appOrigin)) return false;
  if (q.securityOrigin !== undefined && q.securityOrigin !== '' && !isSameOrigin(q.securityOrigin, appOrigin)) {
    return false;
  }
  const types = q.mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'video');
}

export interface PermissionCheckQuestion {
  permission: string;
  requestingOrigin: string;
  isMainFrame: boolean | undefined;
  mediaType?: string | undefined;
  embeddingOrigin?: string | undefined;
}

/** Synchronous checks (e.g. enumerateDevices labels, Permissions API): media for our origin, never audio. */
export function decidePermissionCheck(q: PermissionCheckQuestion, appOrigin: string = APP_ORIGIN): boolean {
  if (q.permission !== 'media' || q.mediaType === 'audio') return false;
  if (q.embeddingOrigin) return false;
  if (q.isMainFrame === false) return false;
  return isSameOrigin(q.requestingOrigin, appOrigin);
}

export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function installPermissionHandlers(session: PermissionSession, appOrigin: string, log?: Log): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = decidePermission(
      {
        permission,
        requestingUrl: details.requestingUrl,
        isMainFrame: details.isMainFrame,
        mediaTypes: 'mediaTypes' in details ? details.mediaTypes : undefined,
        securityOrigin: 'securityOrigin' in details ? details.securityOrigin : undefined,
      },
      appOrigin,
    );
    if (!granted) log?.('warn', 'permission denied', { permission });
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    decidePermissionCheck(
      {
        permission,
        requestingOrigin,
        isMainFrame: details.isMainFrame,
        mediaType: details.mediaType,
        embeddingOrigin: details.embeddingOrigin,
      },
      appOrigin,
    ),
  );
  session.setDevicePermissionHandler(() => false);
}
