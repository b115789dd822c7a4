// The duplicate window against the plainest model of it: a list in arrival order (an entry added again moves to
// the young end), pruned by age from the old end, then cut to its count from the old end.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RecentPayloads } from '../../../src/notifications/duplicates.js';

type Step = { op: 'add' | 'has'; digest: string } | { op: 'wait'; ms: number };

class Model {
  entries: { digest: string; at: number }[] = [];
  constructor(
    private readonly windowMs: number,
    private readonly max: number,
    private readonly now: () => number,
  ) {}
  prune(): void {
    const cutoff = this.now() - this.windowMs;
    while (this.entries.length && this.entries[0]!.at <= cutoff) this.entries.shift();
    while (this.entries.length > this.max) this.entries.shift();
  }
  add(digest: string): void {
    this.entries = this.entries.filter((e) => e.digest !== digest);
    this.entries.push({ digest, at: this.now() });
    this.prune();
  }
  has(digest: string): boolean {
    this.prune();
    return this.entries.some((e) => e.digest === digest);
  }
}

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constantFrom('add' as const, 'has' as const), digest: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') }),
  fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 40 }) }),
);

describe('RecentPayloads', () => {
  it('remembers exactly what the model remembers, through adds, re-adds, lookups and time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 5 }), fc.array(step, { maxLength: 400 }), (windowMs, max, steps) => {
        let now = 0;
        const clock = () => now;
        const recent = new RecentPayloads(windowMs, max, clock);
        const model = new Model(windowMs, max, clock);
        for (const s of steps) {
          if (s.op === 'wait') now += s.ms;
          else if (s.op === 'add') {
            recent.add(s.digest);
            model.add(s.digest);
          } else assert.equal(recent.has(s.digest), model.has(s.digest), s.digest);
          assert.equal(recent.size, (model.prune(), model.entries.length));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays within its count through a long run of new payloads and of one payload added again', () => {
    const now = 0;
    const recent = new RecentPayloads(60_000, 100, () => now);
    for (let i = 0; i < 5_000; i++) recent.add(`p${i}`);
    assert.equal(recent.size, 100);
    assert.equal(recent.has('p4899'), false);
    assert.equal(recent.has('p4900'), true);
    for (let i = 0; i < 5_000; i++) recent.add('again');
    assert.equal(recent.size, 100);
    assert.equal(recent.has('p4900'), false, 'the re-added one is the newest, so the oldest went');
    assert.equal(recent.has('p4901'), true);
  });
});
