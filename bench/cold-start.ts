// Cold start: a fresh `node` process that imports its client and makes one cancelMediaProcessing call,
// timed from spawn to exit. The raw script does one hand-written global-fetch POST; the SDK scripts import
// the built package by its name. Runs rotate their order each round; ratios are taken within a round.
import { runNode } from './proc.js';
import { CLIENT_MODES as MODES, type ClientMode as Mode, type Row, fmt, rotatingRounds, vsRawGlobal } from './stats.js';

export interface ColdStartConfig {
  rounds: number;
  /** bench/client.mjs inside the package copy. */
  clientScript: string;
  log: (s: string) => void;
}

export async function benchColdStart(base: string, version: string, cfg: ColdStartConfig): Promise<Row[]> {
  const run = async (mode: Mode) => (await runNode([cfg.clientScript, mode, base, version])).wallMs;
  // Warm-up: the node binary, the package's files and the server's first connections into the page cache.
  for (const mode of MODES) for (let i = 0; i < 2; i++) await run(mode);

  const rounds = await rotatingRounds(cfg.rounds, run);
  cfg.log(`cold start: ${cfg.rounds} rounds`);
  const row = vsRawGlobal(rounds, fmt.ms);
  return [
    row('cold start: import + 1st call (fetch: globalThis.fetch vs raw global fetch)', 'sdk-global', 1.1),
    row('cold start: import + 1st call (default transport vs raw global fetch)', 'sdk-default'),
    row('cold start: import + 1st call (createHttpFetch vs raw global fetch)', 'sdk-http'),
  ];
}
