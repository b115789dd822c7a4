// Codegen wall time: `node --import tsx codegen/main.ts --check --quiet` (CSDL -> OpenAPI -> the
// openapi-generator JAR -> ts-morph -> compared with generated/). The median of several runs: a first run
// that still had to fetch the JAR or page in the JVM is the slowest and drops out. `warmup` adds an untimed
// run before them, for when only one is timed.
import { runNode } from './proc.js';
import { type Row, fmt, median } from './stats.js';

export async function benchCodegen(cfg: { runs: number; warmup: boolean; log: (s: string) => void }): Promise<Row[]> {
  const args = ['--import', 'tsx', 'codegen/main.ts', '--check', '--quiet'];
  // A failing check (generated/ out of date) still times the whole pipeline; the row says so.
  if (cfg.warmup) await runNode(args, { allowFailure: true });
  const times: number[] = [];
  let differs = false;
  for (let i = 0; i < cfg.runs; i++) {
    const run = await runNode(args, { allowFailure: true });
    if (run.code !== 0) differs = true;
    times.push(run.wallMs / 1000);
    cfg.log(`codegen: run ${i + 1}/${cfg.runs}`);
  }
  const metric = `codegen wall time (--check, warm JAR; median of ${cfg.runs})${differs ? ' [check FAILED: generated/ differs]' : ''}`;
  return [{ metric, sdk: fmt.s(median(times)), raw: '—' }];
}
