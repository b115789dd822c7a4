// Shared arithmetic and the one result shape every section returns. Ratios are always sdk ÷ raw of the
// figure shown (so above 1 means the SDK costs more, or for a rate, does less), taken within a round and
// then reduced by the median: a slow moment of the machine hits both sides of a pair alike.

export interface Row {
  metric: string;
  sdk: string;
  raw: string;
  /** sdk ÷ raw per round: the median, and the range, which shows how far one round can be trusted. */
  ratio?: Ratio;
  /** The goal as text, e.g. "≤ 1.10×" or "≤ 8 KB". */
  goal?: string;
  met?: boolean;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Ratio {
  median: number;
  min: number;
  max: number;
}

/** The pairwise ratios sdk[i] / raw[i]: their median and range. */
export function pairRatio(pairs: readonly { sdk: number; raw: number }[]): Ratio {
  const xs = pairs.map((p) => p.sdk / p.raw);
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

/** A row whose median ratio is checked against `max` (a cost ratio, lower is better). */
export function ratioRow(metric: string, sdk: string, raw: string, ratio: Ratio, max?: number): Row {
  if (max === undefined) return { metric, sdk, raw, ratio };
  return { metric, sdk, raw, ratio, goal: `≤ ${max.toFixed(2)}×`, met: ratio.median <= max };
}

export const fmt = {
  us: (v: number) => `${v.toFixed(1)} µs`,
  ms: (v: number) => `${v.toFixed(1)} ms`,
  s: (v: number) => `${v.toFixed(2)} s`,
  rate: (v: number) => `${Math.round(v).toLocaleString('en-US')}/s`,
  mb: (kb: number) => `${(kb / 1024).toFixed(1)} MB`,
  kb: (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`,
};

/** Alternates which side goes first, so neither always runs on a cold (or warm) machine. */
export function ordered<T>(round: number, a: T, b: T): [T, T] {
  return round % 2 === 0 ? [a, b] : [b, a];
}

/** The fresh-process client modes (bench/client.mjs): the hand-written baseline and the SDK on each transport. */
export const CLIENT_MODES = ['raw-global', 'sdk-global', 'sdk-default', 'sdk-http'] as const;
/** Also the hand-written baseline with the SDK's default timeout, where that is what a figure depends on (peak RSS). */
export type ClientMode = (typeof CLIENT_MODES)[number] | 'raw-global-timeout';

/** `rounds` rounds of every client mode (of `modes`), the order rotated each round so no mode always runs first. */
export async function rotatingRounds(
  rounds: number,
  run: (mode: ClientMode) => Promise<number>,
  afterRound: (round: number) => void = () => {},
  modes: readonly ClientMode[] = CLIENT_MODES,
): Promise<Record<ClientMode, number>[]> {
  const out: Record<ClientMode, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const figures = {} as Record<ClientMode, number>;
    for (let k = 0; k < modes.length; k++) {
      const mode = modes[(round + k) % modes.length]!;
      figures[mode] = await run(mode);
    }
    out.push(figures);
    afterRound(round);
  }
  return out;
}

/** A row builder for one SDK mode against the raw global-fetch run of the same round. */
export function vsRawGlobal(rounds: Record<ClientMode, number>[], format: (n: number) => string) {
  const raw = format(median(rounds.map((r) => r['raw-global'])));
  return (metric: string, mode: ClientMode, goal?: number): Row =>
    ratioRow(metric, format(median(rounds.map((r) => r[mode]))), raw, pairRatio(rounds.map((r) => ({ sdk: r[mode], raw: r['raw-global'] }))), goal);
}
