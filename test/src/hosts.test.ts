import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TokenLeakError } from '../../src/errors.js';
import { createHostPolicy, isLoopback } from '../../src/hosts.js';

describe('isLoopback', () => {
  it('knows 127.0.0.0/8, ::1 and localhost, nothing else', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', '[::1]', 'localhost', 'LOCALHOST']) assert.equal(isLoopback(h), true, h);
    for (const h of ['128.0.0.1', '10.0.0.1', 'localhost.evil.com', '127.0.0.1.nip.io', '[::2]', 'example.com']) assert.equal(isLoopback(h), false, h);
  });
});

describe('createHostPolicy', () => {
  it('allows https to a listed host and refuses other hosts', () => {
    const p = createHostPolicy(['graph.microsoft.com']);
    p.assertAllowed(new URL('https://graph.microsoft.com/beta/x'));
    p.assertAllowed(new URL('https://GRAPH.microsoft.com:8443/beta/x'));
    assert.throws(() => p.assertAllowed(new URL('https://evil.example/beta')), TokenLeakError);
    assert.throws(() => p.assertAllowed(new URL('https://graph.microsoft.com.evil.example/')), TokenLeakError);
  });

  it('refuses plain http except to a loopback host', () => {
    const p = createHostPolicy(['graph.microsoft.com', '127.0.0.1', 'localhost:9000']);
    assert.throws(
      () => p.assertAllowed(new URL('http://graph.microsoft.com/beta')),
      (e: unknown) => e instanceof TokenLeakError && e.url === 'http://graph.microsoft.com/beta' && /plain http/.test(e.message),
    );
    assert.equal(p.allows(new URL('http://127.0.0.1:1234/beta')), true);
    assert.equal(p.allows(new URL('http://localhost:9000/')), true);
    assert.equal(p.allows(new URL('http://localhost:9001/')), false, 'a host:port entry pins the port');
  });

  it('refuses URLs with credentials and non-http schemes', () => {
    const p = createHostPolicy(['graph.microsoft.com']);
    assert.equal(p.allows(new URL('https://u:p@graph.microsoft.com/')), false);
    assert.equal(p.allows(new URL('ftp://graph.microsoft.com/')), false);
  });

  it('refuses unusable entries', () => {
    assert.throws(() => createHostPolicy(['']), TypeError);
    assert.throws(() => createHostPolicy([42 as unknown as string]), TypeError);
  });
});
