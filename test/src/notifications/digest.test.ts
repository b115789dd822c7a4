// The one SHA-256 of the callback path: node:crypto's where there is one, WebCrypto elsewhere, the same digests
// either way, and the duplicate window's digests as they were when they came from WebCrypto alone.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { sha256, webSha256 } from '../../../src/notifications/digest.js';
import { payloadDigest } from '../../../src/notifications/duplicates.js';
import { SEED_BODY } from './callbacks.js';

/** How the duplicate window digested a body before node:crypto: WebCrypto over the bytes, hex. */
async function webCryptoPayloadDigest(body: unknown): Promise<string> {
  const bytes = body instanceof Uint8Array ? new Uint8Array(body) : new TextEncoder().encode(typeof body === 'string' ? body : (JSON.stringify(body) ?? ''));
  return Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

// A Buffer that is a window on a larger allocation: only its own bytes count.
const pooled = Buffer.from(`xx${SEED_BODY}yy`).subarray(2, 2 + Buffer.byteLength(SEED_BODY));
const BODIES: unknown[] = [SEED_BODY, Buffer.from(SEED_BODY), pooled, JSON.parse(SEED_BODY), 'héllo \ud800 lone surrogate', '', undefined];

describe('sha256', () => {
  it('gives node:crypto digests, hex or base64, synchronously under Node', () => {
    for (const data of [SEED_BODY, Buffer.from(SEED_BODY), pooled]) {
      for (const encoding of ['hex', 'base64'] as const) {
        assert.equal(sha256(data, encoding), createHash('sha256').update(data).digest(encoding));
      }
    }
  });

  it('gives the same digests over WebCrypto', async () => {
    for (const data of [SEED_BODY, Buffer.from(SEED_BODY), pooled, 'héllo \ud800 lone surrogate', '']) {
      for (const encoding of ['hex', 'base64'] as const) assert.equal(await webSha256(data, encoding), sha256(data, encoding), `${encoding} of ${String(data)}`);
    }
  });
});

describe('payloadDigest', () => {
  it('equals the WebCrypto digest it replaced, for bytes, text and a parsed body', async () => {
    for (const body of BODIES) assert.equal(await payloadDigest(body), await webCryptoPayloadDigest(body), String(body));
  });

  it('is the same for a body as bytes and as text', () => {
    assert.equal(payloadDigest(Buffer.from(SEED_BODY)), payloadDigest(SEED_BODY));
    assert.notEqual(payloadDigest(SEED_BODY), payloadDigest(`${SEED_BODY} `));
  });
});
