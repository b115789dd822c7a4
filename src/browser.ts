// The client in a browser: globalThis.fetch by default, no User-Agent of ours, no redirects to follow.
import { CommsClientCore } from './client.js';
import { browserPlatform } from './platform/browser.js';
import type { CommsClientOptions } from './types.js';

/**
 * The client, on a browser's fetch (same methods as on Node).
 *
 * @example
 * const client = new CommsClient({ auth: () => getToken(), route: 'communications' });
 * await client.cancelMediaProcessing({ callId }, { clientContext: 'ctx' });
 */
export class CommsClient extends CommsClientCore {
  constructor(options: CommsClientOptions) {
    super(options, browserPlatform);
  }
}

/** node-fetch and its agents exist only on Node; in a browser the default transport is globalThis.fetch. */
export function createNodeFetch(): never {
  throw new TypeError('createNodeFetch is Node-only: in a browser, leave `fetch` unset or pass one');
}

/** node:http exists only on Node. */
export function createHttpFetch(): never {
  throw new TypeError('createHttpFetch is Node-only: in a browser, leave `fetch` unset or pass one');
}
