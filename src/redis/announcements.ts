// The tracker's one subscriber connection (the application client's duplicate): it hears each final the fleet
// stores, and says when one may have been missed (a connection was down), so that the waiters' keys are read again.
import { type MessageListener, type RedisClientLike, type RedisSubscriberLike, report } from './client.js';

export interface AnnouncementHooks {
  /** A final was stored for this id key. */
  heard(opKey: string): void;
  /** An announcement may have been missed: the subscription has just started, or a connection came back. */
  mayHaveMissed(): void;
  onError: ((error: unknown) => void) | undefined;
}

export class Announcements {
  #subscriber: RedisSubscriberLike | undefined;
  /** Redis confirmed the subscription; node-redis renews it itself on every reconnect, before 'ready'. */
  #subscribed = false;
  #closed = false;
  readonly #onReady = () => {
    if (this.#subscribed) this.hooks.mayHaveMissed();
  };

  constructor(
    private readonly client: RedisClientLike,
    private readonly channel: string,
    private readonly hooks: AnnouncementHooks,
  ) {}

  /** Connects and subscribes, once; later calls do nothing while that connection lives. */
  start(): void {
    if (this.#subscriber || this.#closed) return;
    let subscriber: RedisSubscriberLike;
    try {
      subscriber = this.client.duplicate();
      subscriber.on('error', (e) => report(this.hooks.onError, e));
    } catch (e) {
      report(this.hooks.onError, e);
      return;
    }
    this.#subscriber = subscriber;
    const heard: MessageListener = (message) => this.hooks.heard(message);
    let subscribing = false;
    // A SUBSCRIBE cut off by a lost connection is not renewed by node-redis: it is sent again once connected.
    subscriber.on('ready', () => {
      if (this.#subscriber !== subscriber) return;
      if (this.#subscribed) return this.hooks.mayHaveMissed();
      if (subscribing) return;
      subscribing = true;
      subscriber.subscribe(this.channel, heard).then(
        () => {
          subscribing = false;
          if (this.#subscriber !== subscriber) return;
          this.#subscribed = true;
          this.hooks.mayHaveMissed();
        },
        (e: unknown) => {
          subscribing = false;
          if (this.#subscriber === subscriber) report(this.hooks.onError, e);
        },
      );
    });
    this.client.on('ready', this.#onReady);
    subscriber.connect().then(undefined, (e: unknown) => {
      if (this.#subscriber !== subscriber) return; // closed meanwhile
      // The reconnect strategy gave up for good: the next start() makes a fresh connection.
      report(this.hooks.onError, e);
      this.#drop();
    });
  }

  /** Ends the subscriber connection; the application's client is left as it is. */
  close(): void {
    this.#closed = true;
    this.#drop();
  }

  #drop(): void {
    const subscriber = this.#subscriber;
    this.#subscriber = undefined;
    this.#subscribed = false;
    this.client.off('ready', this.#onReady);
    try {
      subscriber?.destroy();
    } catch {
      // already gone
    }
  }
}
