// The fleet test's bot processes (fleet-bot.ts) as the test drives them: forked with tsx's loader, spoken to over
// IPC, each operation a promise that settles when its bot reports it, or as lost when the bot dies first.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface BotConfig {
  redisUrl: string;
  keyPrefix: string;
  graph: { url: string; appId: string; openIdConfigurationUri: string };
}

export type ToBot = { type: 'start'; i: number; callId: string } | { type: 'stop' };

export interface Resolved {
  type: 'resolved';
  i: number;
  operationId: string;
  got: { id?: string | null; status?: string | null; clientContext?: string | null };
  waitMs: number;
}
export interface Stopped {
  type: 'stopped';
  /** Waiters still on its tracker when it was told to stop. */
  waiters: number;
  redisErrors: string[];
  handlerErrors: string[];
  rejected: string[];
}
export type FromBot =
  | { type: 'ready'; callbackUri: string; pid: number }
  | { type: 'waiting'; i: number; operationId: string }
  | Resolved
  | { type: 'failed'; i: number; error: string }
  | Stopped;

/** How an operation ended, as far as the instance that started it could tell. */
export type Outcome = Resolved | { type: 'failed'; i: number; error: string } | { type: 'lost'; i: number };

const SCRIPT = fileURLToPath(new URL('./fleet-bot.ts', import.meta.url));
const STDERR_KEPT = 16_384;

export class Bot {
  readonly child: ChildProcess;
  callbackUri = '';
  pid = 0;
  /** False from the moment it is killed: no operation is started on it after that. */
  alive = true;
  /** Every report per operation index: more than one 'resolved' for an index would be a double settlement. */
  readonly reports = new Map<number, FromBot[]>();
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr = '';
  readonly #running = new Map<number, { settle: (o: Outcome) => void; onWaiting: (operationId: string) => void }>();
  #stopped?: (s: Stopped) => void;

  constructor(
    readonly index: number,
    config: BotConfig,
  ) {
    this.child = fork(SCRIPT, [JSON.stringify(config)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.child.stderr!.setEncoding('utf8').on('data', (d: string) => (this.stderr = (this.stderr + d).slice(-STDERR_KEPT)));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    void this.exited.then(() => {
      this.alive = false;
      for (const [i, op] of this.#running) op.settle({ type: 'lost', i });
      this.#running.clear();
    });
    this.child.on('message', (m: FromBot) => this.#heard(m));
    // A send to a process that has just died: its operations are settled as lost by the exit above.
    this.child.on('error', (e) => (this.stderr += `\n[test] ${e.message}`));
  }

  /** Resolves once the bot listens; rejects, with what it printed, if it exits first. */
  ready(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.child.on('message', (m: FromBot) => {
        if (m.type !== 'ready') return;
        [this.callbackUri, this.pid] = [m.callbackUri, m.pid];
        resolve();
      });
      void this.exited.then(({ code, signal }) => reject(new Error(`fleet bot ${this.index} exited (${code ?? signal}) before it was ready:\n${this.stderr}`)));
    });
  }

  /** Starts operation i on this bot; `onWaiting` runs once its waitFor is registered. */
  run(i: number, callId: string, onWaiting: (operationId: string) => void): Promise<Outcome> {
    if (!this.alive) return Promise.resolve({ type: 'lost', i });
    return new Promise((settle) => {
      this.#running.set(i, { settle, onWaiting });
      this.child.send({ type: 'start', i, callId } satisfies ToBot);
    });
  }

  /** SIGKILL: no cleanup of any kind runs in the bot. Resolves once it is gone. */
  async kill(): Promise<void> {
    this.alive = false;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Asks it to close everything; resolves with its last report once it has exited. */
  async stop(): Promise<{ report: Stopped | undefined; code: number | null }> {
    let report: Stopped | undefined;
    const stopped = new Promise<void>((resolve) => (this.#stopped = (s) => ((report = s), resolve())));
    this.child.send({ type: 'stop' } satisfies ToBot);
    const [, { code }] = await Promise.all([Promise.race([stopped, this.exited]), this.exited]);
    return { report, code };
  }

  #heard(m: FromBot): void {
    if (m.type === 'ready') return;
    if (m.type === 'stopped') {
      this.#stopped?.(m);
      return;
    }
    this.reports.set(m.i, [...(this.reports.get(m.i) ?? []), m]);
    const op = this.#running.get(m.i);
    if (!op) return;
    if (m.type === 'waiting') {
      op.onWaiting(m.operationId);
      return;
    }
    this.#running.delete(m.i);
    op.settle(m);
  }
}
