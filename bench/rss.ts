// Peak RSS: a fresh process per side makes 10,000 calls, 32 at a time, then reports
// process.resourceUsage().maxRSS. Sides rotate their order each round; ratios are taken within a round.
import { runNode } from './proc.js';
import { type Row, fmt, median, pairRatio, ratioRow } from './stats.js';

const MODES = ['raw-global', 'sdk-global', 'sdk-default'] as const;
type Mode = (typeof MODES)[number];

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
  const rounds: Record<Mode, number>[] = [];
  for (let round = 0; round < cfg.rounds; round++) {
    const kb = {} as Record<Mode, number>;
    for (let k = 0; k < MODES.length; k++) {
      const mode = MODES[(round + k) % MODES.length]!;
      kb[mode] = await run(mode);
    }
    rounds.push(kb);
    cfg.log(`peak RSS: round ${round + 1}/${cfg.rounds}`);
  }
  const raw = median(rounds.map((r) => r['raw-global']));
  const label = `${cfg.requests.toLocaleString('en-US')} calls, c=${cfg.width}`;
  const row = (metric: string, mode: Mode, goal?: number) =>
    ratioRow(
      metric,
      fmt.mb(median(rounds.map((r) => r[mode]))),
      fmt.mb(raw),
      pairRatio(rounds.map((r) => ({ sdk: r[mode], raw: r['raw-global'] }))),
      goal,
    );
  return [
    row(`peak RSS, ${label} (fetch: globalThis.fetch vs raw global fetch)`, 'sdk-global', 1.05),
    row(`peak RSS, ${label} (default transport vs raw global fetch)`, 'sdk-default'),
  ];
}
