// What bomb-memory.test.ts and its child (bomb-child.ts) agree on: the paths the parent's server answers (each
// bomb has a twin under the cap with the same status and encoding, to warm up the code path the bomb takes) and
// how the child gets the signing key whose public half the parent publishes.
import { exportJWK, importJWK, type JWK } from 'jose';
import type { TestKey } from '../support/jwt.js';

export const CALLS = { plain: '57dab8b1-894c-409a-b240-bd8beae78896', bomb: '0fe0623f-d628-42ed-b4bd-8ac290072cc5' };
export type Twin = keyof typeof CALLS;
export const operationPath = (twin: Twin) => `/beta/app/calls/${CALLS.plain}/operations/${twin}`;
export const actionPath = (twin: Twin) => `/beta/app/calls/${CALLS[twin]}/cancelMediaProcessing`;
export const keysPath = (twin: Twin) => `/keys/${twin}`;

export async function testKeyToJson(key: TestKey): Promise<string> {
  return JSON.stringify({ privateJwk: await exportJWK(key.privateKey), publicJwk: key.publicJwk });
}

export async function testKeyFromJson(json: string): Promise<TestKey> {
  const { privateJwk, publicJwk } = JSON.parse(json) as { privateJwk: JWK; publicJwk: JWK };
  const privateKey = (await importJWK(privateJwk, 'RS256')) as CryptoKey;
  const publicKey = (await importJWK(publicJwk, 'RS256')) as CryptoKey;
  return { kid: publicJwk.kid!, privateKey, publicKey, publicJwk };
}
