// Test keys, a loopback JWKS/OpenID-configuration server, and signed (or deliberately forged) callback tokens.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK } from 'jose';

export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public half as published in the JWKS (kid, alg, use included). */
  publicJwk: JWK;
}

export async function createTestKeys(count = 1): Promise<TestKey[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
      const kid = randomUUID();
      return { kid, privateKey, publicKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
    }),
  );
}

export const TEST_ISSUER = 'https://api.botframework.com';

export interface JwksServer {
  origin: string;
  openIdConfigurationUri: string;
  jwksUri: string;
  /** Requests for the JWKS itself. */
  readonly fetchCount: number;
  readonly configFetchCount: number;
  /** Publishes these keys from now on (key rotation). */
  setKeys(keys: TestKey[]): void;
  /** Answers every request with this status (e.g. 500) until set back to 200. */
  setStatus(status: number): void;
  close(): Promise<void>;
}

export async function startJwksServer(keys: TestKey[]): Promise<JwksServer> {
  let current = keys;
  let status = 200;
  let fetchCount = 0;
  let configFetchCount = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (code: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (path === '/.well-known/OpenIdConfiguration') {
      configFetchCount++;
      return status === 200 ? send(200, { issuer: TEST_ISSUER, jwks_uri: `${origin}/keys` }) : send(status, {});
    }
    if (path === '/keys') {
      fetchCount++;
      return status === 200 ? send(200, { keys: current.map((k) => k.publicJwk) }) : send(status, {});
    }
    send(404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    openIdConfigurationUri: `${origin}/.well-known/OpenIdConfiguration`,
    jwksUri: `${origin}/keys`,
    get fetchCount() {
      return fetchCount;
    },
    get configFetchCount() {
      return configFetchCount;
    },
    setKeys(next) {
      current = next;
    },
    setStatus(next) {
      status = next;
    },
    close() {
      server.closeAllConnections(); // fetch keeps connections alive; they must not hold the test process open
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

export interface CallbackTokenClaims {
  aud: string;
  iss: string;
  tid?: string;
  /** Seconds from `now` to exp (negative: already expired; null: no exp). Default 3600. */
  expiresIn?: number | null;
  /** Seconds from `now` to nbf. Default: no nbf. */
  notBefore?: number;
  /** Header kid. Default the key's; null leaves it out. */
  kid?: string | null;
  /** Epoch seconds the token is issued at. Default the real clock. */
  now?: number;
  [claim: string]: unknown;
}

export async function signCallbackToken(key: TestKey, claims: CallbackTokenClaims): Promise<string> {
  const { kid, expiresIn = 3600, notBefore, now = Math.floor(Date.now() / 1000), ...rest } = claims;
  const payload: Record<string, unknown> = { ...rest, iat: now };
  if (expiresIn !== null) payload.exp = now + expiresIn;
  if (notBefore !== undefined) payload.nbf = now + notBefore;
  const header = kid === null ? { alg: 'RS256', typ: 'JWT' } : { alg: 'RS256', typ: 'JWT', kid: kid ?? key.kid };
  return new SignJWT(payload).setProtectedHeader(header).sign(key.privateKey);
}

const b64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A compact JWS with any header and payload and the given (default empty) signature: for `alg: none` and tampering. */
export function forgeToken(header: Record<string, unknown>, payload: Record<string, unknown>, signature = ''): string {
  return `${b64url(header)}.${b64url(payload)}.${signature}`;
}

/** The classic key-confusion forgery: HS256 keyed with the bytes of the server's public key (PEM). */
export async function signHs256WithPublicKey(key: TestKey, payload: Record<string, unknown>): Promise<string> {
  const secret = await exportSPKI(key.publicKey);
  const input = `${b64url({ alg: 'HS256', typ: 'JWT', kid: key.kid })}.${b64url(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** Claims that pass a verifier created with `audience: TEST_AUDIENCE` and the default issuers. */
export const TEST_AUDIENCE = 'd5b0a1f2-8f37-4c2f-9c33-2f8d6f0e6a11';
export const TEST_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
