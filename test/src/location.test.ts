import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LocationParseError } from '../../src/errors.js';
import { matchOperationLocation, parseOperationLocation } from '../../src/location.js';

const CALL = '57dab8b1-894c-409a-b240-bd8beae78896';
const OP = '0fe0623f-d628-42ed-b4bd-8ac290072cc5';

describe('parseOperationLocation', () => {
  it('parses the 2018 Location of the seed document exactly', () => {
    const url = `https://graph.microsoft.com/beta/app/calls/${CALL}/operations/${OP}`;
    assert.deepEqual(parseOperationLocation(url), { url, apiVersion: 'beta', route: 'app', callId: CALL, operationId: OP });
  });

  it('parses the communications and applications routes, with and without a version', () => {
    const comms = `https://graph.microsoft.com/v1.0/communications/calls/${CALL}/operations/${OP}`;
    assert.deepEqual(parseOperationLocation(comms), { url: comms, apiVersion: 'v1.0', route: 'communications', callId: CALL, operationId: OP });
    const apps = `https://graph.microsoft.com/applications/app-9/calls/${CALL}/operations/${OP}`;
    assert.deepEqual(parseOperationLocation(apps), { url: apps, route: 'applications', applicationId: 'app-9', callId: CALL, operationId: OP });
  });

  it('accepts any origin, a trailing slash and case-insensitive segment names', () => {
    const r = parseOperationLocation(`http://127.0.0.1:8080/BETA/App/Calls/c/Operations/o/`);
    assert.equal(r.route, 'app');
    assert.equal(r.apiVersion, 'BETA');
    assert.equal(r.callId, 'c');
    assert.equal(r.operationId, 'o');
  });

  it('keeps upper-case GUIDs, with or without dashes, as they are', () => {
    const dashless = parseOperationLocation('/app/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5');
    assert.equal(dashless.callId, '57DAB8B1894C409AB240BD8BEAE78896');
    assert.equal(dashless.operationId, '0FE0623FD62842EDB4BD8AC290072CC5');
    const upper = parseOperationLocation(`https://graph.microsoft.com/beta/app/calls/${CALL.toUpperCase()}/operations/${OP.toUpperCase()}`);
    assert.equal(upper.callId, CALL.toUpperCase());
  });

  it('decodes percent-encoded ids', () => {
    const r = parseOperationLocation('https://graph.microsoft.com/beta/applications/a%20b/calls/c%25d/operations/%C3%BC');
    assert.deepEqual([r.applicationId, r.callId, r.operationId], ['a b', 'c%d', 'ü']);
  });

  it('parses a notification resource path (relative, no version)', () => {
    const path = '/communications/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5';
    assert.deepEqual(parseOperationLocation(path), {
      url: path,
      route: 'communications',
      callId: '57DAB8B1894C409AB240BD8BEAE78896',
      operationId: '0FE0623FD62842EDB4BD8AC290072CC5',
    });
  });

  it('accepts a base path prefix only when told about it', () => {
    const url = 'https://proxy.example/graph/beta/app/calls/c/operations/o';
    assert.throws(() => parseOperationLocation(url), LocationParseError);
    assert.equal(parseOperationLocation(url, { basePath: '/graph/beta/' }).apiVersion, 'beta');
    assert.equal(matchOperationLocation(url, { basePath: '/graph/beta' }).base, 'https://proxy.example/graph/beta');
    assert.equal(matchOperationLocation(`https://h/v1.0/app/calls/c/operations/o`).base, 'https://h/v1.0');
    assert.equal(matchOperationLocation('/app/calls/c/operations/o').base, undefined);
  });

  it('keeps a bare comma and dots that are no dot segment: legal in a path, decoded into the id', () => {
    const parsed = parseOperationLocation('https://graph.microsoft.com/beta/app/calls/a,b/operations/...');
    assert.equal(parsed.callId, 'a,b');
    assert.equal(parsed.operationId, '...');
    assert.equal(parseOperationLocation('/app/calls/.c/operations/o.').callId, '.c');
  });

  it('refuses anything else with a LocationParseError carrying the input', () => {
    const bad = [
      '',
      'not a url',
      'ftp://graph.microsoft.com/beta/app/calls/c/operations/o',
      'https://graph.microsoft.com/beta/app/calls/c',
      'https://graph.microsoft.com/beta/app/calls/c/operations',
      'https://graph.microsoft.com/beta/app/calls/c/operations/o/extra',
      'https://graph.microsoft.com/beta/me/calls/c/operations/o',
      'https://graph.microsoft.com/beta/foo/app/calls/c/operations/o',
      'https://graph.microsoft.com/beta/app/calls/c/participants/o',
      'https://graph.microsoft.com/beta/app/calls/c/operations/o?x=1',
      'https://graph.microsoft.com/beta/app/calls/c/operations/o#f',
      'https://user:pw@graph.microsoft.com/beta/app/calls/c/operations/o',
      'https://graph.microsoft.com/beta/app/calls/c/operations/o//',
      'https://graph.microsoft.com/beta/app/calls//operations/o',
      'https://graph.microsoft.com/beta/app/calls/a%2Fb/operations/o',
      'https://graph.microsoft.com/beta/app/calls/c/operations/%E0%A4%A',
      'https://graph.microsoft.com/beta/applications/calls/c/operations/o',
      '//evil.example/app/calls/c/operations/o',
      '/app/calls/c/operations/o?x',
      'app/calls/c/operations/o',
      // Two Location headers as fetch joins them, and other whitespace no URI holds.
      'https://graph.microsoft.com/beta/app/calls/c/operations/o, x',
      'https://graph.microsoft.com/beta/app/calls/c/operations/o,\tx',
      'https://graph.microsoft.com/beta/app/calls/c/operations/o x',
      'https://graph.microsoft.com/beta/app/calls/c/opera\ntions/o',
      '/app/calls/c/operations/o, /app/calls/c/operations/p',
      // Dot segments, which URL resolution would apply, raw or percent-encoded.
      'https://graph.microsoft.com/beta/app/calls/c1/operations/../../OTHER/operations/o',
      'https://graph.microsoft.com/beta/x/../app/calls/c/operations/o',
      'https://graph.microsoft.com/beta/app/calls/c/operations/%2E',
      '/app/calls/c/./operations/o',
      '/app/calls/c/operations/o/..',
    ];
    for (const location of bad) {
      assert.throws(
        () => parseOperationLocation(location),
        (e: unknown) => e instanceof LocationParseError && e.name === 'LocationParseError' && e.location === location,
        `expected ${location} to be refused`,
      );
    }
    assert.throws(() => parseOperationLocation(undefined as unknown as string), LocationParseError);
  });
});
