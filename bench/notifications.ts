// The callback side: commsNotifications bodies parsed (and schema-checked) per second, and callback tokens
// verified per second with the signing keys cached (each one a signature check). Raw sides, for scale:
// JSON.parse alone, and jose's jwtVerify over a local key set with the same checks the verifier asks of it.
import { createLocalJWKSet, jwtVerify } from 'jose';
import { TEST_AUDIENCE, TEST_ISSUER, createTestKeys, signCallbackToken, startJwksServer } from '../test/support/jwt.js';
import { SEED_NOTIFICATION } from '../test/support/seed.js';
import type { SdkModule } from './proc.js';
import { type Row, fmt, median, pairRatio, ordered, ratioRow } from './stats.js';

export interface NotificationsConfig {
  rounds: number;
  parses: number;
  tokens: number;
  log: (s: string) => void;
}

/** ops/s of `n` sequential calls of fn(i). */
async function rate(n: number, fn: (i: number) => unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn(i);
  return n / (Number(process.hrtime.bigint() - t0) / 1e9);
}

async function pairRounds(rounds: number, n: number, sdk: (i: number) => unknown, raw: (i: number) => unknown) {
  await rate(Math.min(n, 500), sdk); // warm-up
  await rate(Math.min(n, 500), raw);
  const out: { sdk: number; raw: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    const r = { sdk: 0, raw: 0 };
    for (const side of ordered<'sdk' | 'raw'>(round, 'sdk', 'raw')) r[side] = await rate(n, side === 'sdk' ? sdk : raw);
    out.push(r);
  }
  return out;
}

export async function benchNotifications(sdk: SdkModule, cfg: NotificationsConfig): Promise<Row[]> {
  const parsed = await pairRounds(cfg.rounds, cfg.parses, () => sdk.parseCommsNotifications(SEED_NOTIFICATION), () => JSON.parse(SEED_NOTIFICATION));
  cfg.log('notifications: parse done');

  const keys = await createTestKeys(1);
  const jwks = await startJwksServer(keys);
  try {
    const claims = { aud: TEST_AUDIENCE, iss: TEST_ISSUER };
    // Distinct tokens (a jti each), so nothing downstream can win by having seen the exact token before.
    const tokens = await Promise.all(Array.from({ length: cfg.tokens }, (_, i) => signCallbackToken(keys[0]!, { ...claims, jti: `bench-${i}` })));
    // The token cache off: every round verifies the same tokens, which it would otherwise answer from memory
    // (the callbacks section measures that case over HTTP).
    const verifier = sdk.createNotificationVerifier({ audience: TEST_AUDIENCE, openIdConfigurationUri: jwks.openIdConfigurationUri, verifiedTokenCache: false });
    await verifier.verify(`Bearer ${tokens[0]}`); // fetches and caches the keys
    const local = createLocalJWKSet({ keys: keys.map((k) => k.publicJwk) });
    const options = { algorithms: ['RS256'], audience: TEST_AUDIENCE, issuer: [TEST_ISSUER], clockTolerance: 300, requiredClaims: ['exp'] };
    const verified = await pairRounds(
      cfg.rounds,
      cfg.tokens,
      (i) => verifier.verify(`Bearer ${tokens[i]}`),
      (i) => jwtVerify(tokens[i]!, local, options),
    );
    if (jwks.fetchCount !== 1) throw new Error(`the verifier fetched its keys ${jwks.fetchCount} times; the figure would not be cached-key verification`);
    cfg.log('notifications: verify done');

    const row = (metric: string, xs: { sdk: number; raw: number }[]) =>
      ratioRow(metric, fmt.rate(median(xs.map((x) => x.sdk))), fmt.rate(median(xs.map((x) => x.raw))), pairRatio(xs));
    return [
      row('notifications parsed/s (seed body; raw: JSON.parse only)', parsed),
      row(`callback tokens verified/s (${cfg.tokens.toLocaleString('en-US')} distinct RS256, keys cached, token cache off; raw: jose jwtVerify)`, verified),
    ];
  } finally {
    await jwks.close();
  }
}
