import { describe, expect, it, vi } from 'vitest';
import {
  decidePermission,
  decidePermissionCheck,
  installPermissionHandlers,
  type PermissionSession,
} from '../../src-main/permissions';

const OURS = 'app://kiosk/index.html';
const camera = { permission: 'media', requestingUrl: OURS, mediaTypes: ['video'], isMainFrame: true };

describe('decidePermission', () => {
  it('grants only the camera (video without audio) to our top frame', () => {
    expect(decidePermission(camera)).toBe(true);
    expect(decidePermission({ ...camera, securityOrigin: 'app://kiosk' })).toBe(true);
  });

  it('denies microphone, camera+microphone and empty media requests', () => {
    expect(decidePermission({ ...camera, mediaTypes: ['audio'] })).toBe(false);
    expect(decidePermission({ ...camera, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(decidePermission({ ...camera, mediaTypes: [] })).toBe(false);
    expect(decidePermission({ ...camera, mediaTypes: undefined })).toBe(false);
  });

  it('denies the camera to other origins and to subframes', () => {
    for (const requestingUrl of ['https://evil.example/', 'app://kiosk.evil/', 'app://kiosk@evil/', 'file:///x', '', undefined]) {
      expect(decidePermission({ ...camera, requestingUrl }), String(requestingUrl)).toBe(false);
    }
    expect(decidePermission({ ...camera, isMainFrame: false })).toBe(false);
    expect(decidePermission({ ...camera, isMainFrame: undefined })).toBe(false);
    expect(decidePermission({ ...camera, securityOrigin: 'https://evil.example' })).toBe(false);
  });

  it.each([
    'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'usb', 'hid',
    'serial', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'fileSystem', 'idle-detection',
    'window-management', 'local-fonts', 'mediaKeySystem', 'keyboardLock', 'storage-access', 'unknown',
  ])('denies %s even from our own top frame', (permission) => {
    expect(decidePermission({ ...camera, permission })).toBe(false);
  });
});

describe('decidePermissionCheck', () => {
  const check = { permission: 'media', requestingOrigin: 'app://kiosk', isMainFrame: true, mediaType: 'video' };
  it('allows media checks for our origin only, never audio', () => {
    expect(decidePermissionCheck(check)).toBe(true);
    expect(decidePermissionCheck({ ...check, mediaType: 'unknown' })).toBe(true);
    expect(decidePermissionCheck({ ...check, mediaType: 'audio' })).toBe(false);
    expect(decidePermissionCheck({ ...check, requestingOrigin: 'https://evil.example' })).toBe(false);
    expect(decidePermissionCheck({ ...check, isMainFrame: false })).toBe(false);
    expect(decidePermissionCheck({ ...check, embeddingOrigin: 'https://evil.example' })).toBe(false);
    expect(decidePermissionCheck({ ...check, permission: 'geolocation' })).toBe(false);
  });
});

describe('installPermissionHandlers', () => {
  it('wires request, check and device handlers on the session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    const log = vi.fn();
    installPermissionHandlers(session as unknown as PermissionSession, 'app://kiosk', log);

    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    const answer = (permission: string, details: object) => {
      const callback = vi.fn();
      request({}, permission, callback, details);
      return callback.mock.calls[0]![0];
    };
    expect(answer('media', { requestingUrl: OURS, isMainFrame: true, mediaTypes: ['video'] })).toBe(true);
    expect(answer('media', { requestingUrl: 'https://evil.example/', isMainFrame: true, mediaTypes: ['video'] })).toBe(false);
    expect(answer('media', { requestingUrl: OURS, isMainFrame: false, mediaTypes: ['video'] })).toBe(false);
    expect(answer('notifications', { requestingUrl: OURS, isMainFrame: true })).toBe(false);
    expect(log).toHaveBeenCalledWith('warn', 'permission denied', { permission: 'notifications' });

    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]![0];
    expect(checkHandler(null, 'media', 'app://kiosk', { isMainFrame: true, mediaType: 'video' })).toBe(true);
    expect(checkHandler(null, 'media', 'https://evil.example', { isMainFrame: true, mediaType: 'video' })).toBe(false);
    expect(checkHandler(null, 'clipboard-read', 'app://kiosk', { isMainFrame: true })).toBe(false);

    const device = session.setDevicePermissionHandler.mock.calls[0]![0];
    expect(device({ deviceType: 'usb', origin: 'app://kiosk', device: {} })).toBe(false);
  });
});
