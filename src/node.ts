// The client on Node: node-fetch over keep-alive agents by default, a User-Agent, redirects followed by hand.
import { CommsClientCore } from './client.js';
import { nodePlatform } from './platform/node.js';
import type { CommsClientOptions } from './types.js';

export { createHttpFetch } from './http-fetch.js';
export { createNodeFetch } from './node-fetch.js';

/**
 * A client for Graph's cloud-communications calls: every call and participant action, the call and participant
 * resources, and the operations they create, over one pipeline (auth, allowed hosts, retry, redirects, timeouts).
 *
 * @example
 * const client = new CommsClient({ auth: credential, route: 'communications' });
 * const played = await client.playPrompt({ callId }, { prompts: [{ '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri } }] });
 * const cancelled = await client.cancelMediaProcessing({ callId }, { clientContext: 'ctx' });
 * console.log(played.operationId, cancelled.status);
 */
export class CommsClient extends CommsClientCore {
  constructor(options: CommsClientOptions) {
    super(options, nodePlatform);
  }
}
