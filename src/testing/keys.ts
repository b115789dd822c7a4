// The kit's own signing key for the notifications it sends, the JWKS and OpenID configuration it publishes on the
// fake Graph's origin, and createTestVerifier: the SDK's real verifier, pointed at those keys instead of Graph's.
import type { JWK } from 'jose';
import { type NotificationVerifier, type NotificationVerifierOptions, createNotificationVerifier } from '../index.js';
import { loadJose } from '../notifications/keys.js';

/** The issuer of the kit's tokens: one of those Graph's calling notifications use, so default verifiers accept it. */
export const FAKE_GRAPH_ISSUER = 'https://api.botframework.com';
/** Where the fake Graph publishes its OpenID configuration and its keys, below its origin. */
export const OPENID_CONFIGURATION_PATH = '/.well-known/OpenIdConfiguration';
export const JWKS_PATH = '/discovery/keys';

export interface KitKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

let shared: Promise<KitKey> | undefined;

/** One RS256 key per process, made on first use: every fake Graph signs with it. */
export function kitKey(): Promise<KitKey> {
  shared ??= (async () => {
    const jose = await loadJose();
    const { privateKey, publicKey } = await jose.generateKeyPair('RS256', { extractable: true });
    const publicJwk = await jose.exportJWK(publicKey);
    const kid = await jose.calculateJwkThumbprint(publicJwk);
    return { kid, privateKey, publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' } };
  })();
  return shared;
}

/** The claims of a notification's token. */
export interface NotificationClaims {
  aud: string;
  iss: string;
  tid: string;
  [claim: string]: unknown;
}

/** A token as Graph puts one on a notification: RS256, an hour long. */
export async function signNotificationToken(key: KitKey, claims: NotificationClaims): Promise<string> {
  const jose = await loadJose();
  const now = Math.floor(Date.now() / 1000);
  return new jose.SignJWT({ ...claims, iat: now, nbf: now - 60, exp: now + 3600 }).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid }).sign(key.privateKey);
}

export function openIdConfiguration(origin: string): Record<string, unknown> {
  return { issuer: FAKE_GRAPH_ISSUER, jwks_uri: origin + JWKS_PATH, id_token_signing_alg_values_supported: ['RS256'] };
}

/** What createTestVerifier needs of a fake Graph. */
export interface KeyPublisher {
  readonly appId: string;
  readonly openIdConfigurationUri: string;
}

export interface TestVerifierOptions extends Partial<Omit<NotificationVerifierOptions, 'jwksUri' | 'openIdConfigurationUri'>> {
  /** The fake Graph whose notifications are to be verified. */
  graph: KeyPublisher;
}

/**
 * The SDK's createNotificationVerifier, trusting the fake Graph's keys (found through its OpenID configuration,
 * as Graph's are) instead of Graph's. The audience defaults to the fake's `appId`, the `aud` it signs.
 *
 * @example
 * const handler = createCallbackHandler({ verifier: createTestVerifier({ graph }), tracker });
 */
export function createTestVerifier(options: TestVerifierOptions): NotificationVerifier {
  if (typeof options !== 'object' || options === null || typeof options.graph?.openIdConfigurationUri !== 'string') {
    throw new TypeError('createTestVerifier needs { graph }: the fake Graph from startFakeGraph()');
  }
  const { graph, ...rest } = options;
  return createNotificationVerifier({ ...rest, audience: rest.audience ?? graph.appId, openIdConfigurationUri: graph.openIdConfigurationUri });
}
