import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, buildKioskCsp, originOfServerUrl, toHttpOrigin } from '../../../src-shared/security/csp';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')] as const));

describe('buildContentSecurityPolicy', () => {
  it('builds the fixed policy with only self for connect-src by default', () => {
    const { policy, rejected } = buildContentSecurityPolicy();
    expect(rejected).toEqual([]);
    expect(policy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; font-src 'self'; " +
        "connect-src 'self'; media-src 'self' blob: mediastream:; worker-src 'self' blob:; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; frame-src 'none'",
    );
  });

  it('never allows inline or eval script, plugins, framing or form posts', () => {
    const d = directives(buildContentSecurityPolicy({ connectSrc: ['https://srv.example.vn'] }).policy);
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('frame-ancestors')).toBe("'none'");
    expect(d.get('form-action')).toBe("'none'");
    expect([...d.values()].join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('adds valid http(s) origins to connect-src, normalised and de-duplicated', () => {
    const { policy, rejected } = buildContentSecurityPolicy({
      connectSrc: ['https://Srv.Example.VN', 'https://srv.example.vn/', 'http://10.0.0.5:8080', 'https://srv.example.vn:443'],
    });
    expect(directives(policy).get('connect-src')).toBe("'self' https://srv.example.vn http://10.0.0.5:8080");
    expect(rejected).toEqual([]);
  });

  it('leaves out and reports entries that are not bare http(s) origins (no directive injection)', () => {
    const bad = [
      "https://a.vn; script-src 'unsafe-inline'",
      'https://a.vn https://b.vn',
      "'unsafe-eval'",
      '*',
      'https://*.vn',
      'https://a.vn/path',
      'https://a.vn?x=1',
      'https://user:pw@a.vn',
      'ws://a.vn',
      'javascript:alert(1)',
      'data:',
      'not a url',
      '',
    ];
    const { policy, rejected } = buildContentSecurityPolicy({ connectSrc: bad });
    expect(rejected).toEqual(bad);
    expect(directives(policy).get('connect-src')).toBe("'self'");
    expect(policy.split('; ')).toHaveLength(13);
  });
});

describe('origins', () => {
  it('toHttpOrigin accepts only bare origins', () => {
    expect(toHttpOrigin('https://a.vn')).toBe('https://a.vn');
    expect(toHttpOrigin('https://a.vn/x')).toBeNull();
    expect(toHttpOrigin(42)).toBeNull();
  });
  it('originOfServerUrl strips the path of a configured server URL', () => {
    expect(originOfServerUrl('https://motcua.example.vn/api/v1')).toBe('https://motcua.example.vn');
    expect(originOfServerUrl('ftp://x')).toBeNull();
    expect(originOfServerUrl(undefined)).toBeNull();
  });
});

describe('buildKioskCsp', () => {
  it('lets the page connect to the configured intake server’s origin only, or to itself alone', () => {
    expect(directives(buildKioskCsp('https://motcua.example.vn/api/v1').policy).get('connect-src')).toBe("'self' https://motcua.example.vn");
    expect(directives(buildKioskCsp(undefined).policy).get('connect-src')).toBe("'self'");
    expect(buildKioskCsp(undefined).policy).toBe(buildContentSecurityPolicy().policy);
  });
});
