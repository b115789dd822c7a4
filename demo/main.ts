// `npm start`: the whole flow a calling bot goes through, end to end on this machine. A local Graph stand-in
// and a callback server listen on 127.0.0.1; the SDK cancels media processing on a call, reads the Location,
// receives Graph's signed notification, verifies it and hands the completed operation to the waiter.
// With AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and CALL_ID set, it calls the real service instead.
import { runLocal } from './local.js';
import { runLive } from './live.js';

const live = ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'CALL_ID'].every((k) => process.env[k]);

(live ? runLive() : runLocal()).catch((err: unknown) => {
  console.error(`✗ ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
  process.exitCode = 1;
});
