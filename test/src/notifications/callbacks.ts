// What the callback-handler tests share: the seed payload, notification builders, a stub verifier, a server.
import { NotificationAuthError } from '../../../src/errors.js';
import { createCallbackHandler, type CallbackHandlerOptions } from '../../../src/notifications/handler.js';
import { listen } from './http.js';

export const SEED_BODY = JSON.stringify({
  value: [
    {
      changeType: 'deleted',
      resource: '/app/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5',
      resourceData: {
        '@odata.type': '#microsoft.graph.commsOperation',
        '@odata.id': '/app/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5',
        clientContext: 'd45324c1-fcb5-430a-902c-f20af696537c',
        status: 'Completed',
      },
    },
  ],
});

export const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** A final notification for operation `id` of call `call`. */
export const opNote = (id: string, status = 'completed', call = 'c') => ({
  changeType: 'deleted',
  resourceUrl: `/communications/calls/${call}/operations/${id}`,
  resourceData: { status },
});

/** A verifier that accepts exactly one header value: for tests about everything but tokens. */
export const GOOD = 'Bearer good';
export const stubVerifier = {
  async verify(h: string | undefined) {
    if (h !== GOOD) throw new NotificationAuthError(h ? 'signature' : 'missing');
    return {};
  },
};

export async function withServer(options: CallbackHandlerOptions, run: (url: string) => Promise<void>): Promise<void> {
  const s = await listen(createCallbackHandler(options));
  try {
    await run(s.url);
  } finally {
    await s.close();
  }
}
