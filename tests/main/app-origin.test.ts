import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, describeUrl, isSameOrigin } from '../../src-main/app-origin';

describe('isSameOrigin', () => {
  it('accepts our own pages', () => {
    expect(APP_ORIGIN).toBe('app://kiosk');
    for (const url of ['app://kiosk', 'app://kiosk/', 'app://kiosk/index.html?x=1#y', 'APP://KIOSK/error.html']) {
      expect(isSameOrigin(url, APP_ORIGIN), url).toBe(true);
    }
  });
  it('rejects lookalikes and other schemes by parsing, not by prefix', () => {
    for (const url of [
      'app://kiosk.evil/',
      'app://kiosk@evil/',
      'app://user:pw@kiosk/',
      'app://kiosk:8080/',
      'app://evil/?app://kiosk',
      'app:kiosk',
      'https://kiosk/',
      'file:///app/kiosk/index.html',
      'javascript:alert(1)',
      'data:text/html,app://kiosk',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isSameOrigin(url, APP_ORIGIN), url).toBe(false);
    }
    expect(isSameOrigin(undefined, APP_ORIGIN)).toBe(false);
    expect(isSameOrigin(null, APP_ORIGIN)).toBe(false);
  });
});

describe('describeUrl', () => {
  it('keeps only scheme and host (no path or query in logs)', () => {
    expect(describeUrl('https://evil.example/path?cccd=001234567890')).toBe('https://evil.example');
    expect(describeUrl('javascript:alert(1)')).toBe('javascript:');
    expect(describeUrl('%%')).toBe('(unparseable)');
  });
});
