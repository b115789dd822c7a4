// Peak RSS: a fresh process per side makes 10,000 calls, 32 at a time, then reports
// process.resourceUsage().maxRSS. Sides rotate their order each round; ratios are taken within a round.
import { runNode } from './proc.js';
import { CLIENT_MODES, type ClientMode as Mode, type Row, fmt, median, pairRatio, ratioRow, rotatingRounds, vsRawGlobal } from './stats.js';

export interface RssConfig {
  rounds: number;
  requests: number;
  width: number;
  /** bench/client.mjs inside the package copy. */
  clientScript: string;
  log: (s: string) => void;
}

export async function benchRss(base: string, version: string, cfg: RssConfig): Promise<Row[]> {
  const run = async (mode: Mode) => {
    const { stdout } = await runNode([cfg.clientScript, mode, base, version, String(cfg.requests), String(cfg.width)]);
    return (JSON.parse(stdout.trim().split('\n').pop()!) as { maxRSS: number }).maxRSS;
  };
  const modes = [...CLIENT_MODES, 'raw-global-timeout'] as const;
  const rounds = await rotatingRounds(cfg.rounds, run, (round) => cfg.log(`peak RSS: round ${round + 1}/${cfg.rounds}`), modes);
  const label = `${cfg.requests.toLocaleString('en-US')} calls, c=${cfg.width}`;
  const row = vsRawGlobal(rounds, fmt.mb);
  const timed = fmt.mb(median(rounds.map((r) => r['raw-global-timeout'])));
  return [
    row(`peak RSS, ${label} (fetch: globalThis.fetch vs raw global fetch)`, 'sdk-global', 1.05),
    row(`peak RSS, ${label} (default transport vs raw global fetch)`, 'sdk-default'),
    row(`peak RSS, ${label} (createHttpFetch vs raw global fetch)`, 'sdk-http'),
    row(`peak RSS, ${label} (raw global fetch with a 30 s AbortController timeout, as the SDK's default, vs without)`, 'raw-global-timeout'),
    ratioRow(
      `peak RSS, ${label} (fetch: globalThis.fetch vs raw global fetch with the same 30 s timeout)`,
      fmt.mb(median(rounds.map((r) => r['sdk-global']))),
      timed,
      pairRatio(rounds.map((r) => ({ sdk: r['sdk-global'], raw: r['raw-global-timeout'] }))),
    ),
  ];
}
