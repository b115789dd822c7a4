// `npm start`: the whole flow a calling bot goes through, end to end on this machine: an IVR call against the
// testing kit (answer, prompt, tone, cancel, both operations awaited, hang-up), every server on 127.0.0.1.
// With AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and CALL_ID set, it calls the real service instead.
import { runLocal } from './local.js';
import { runLive } from './live.js';

const live = ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'CALL_ID'].every((k) => process.env[k]);

(live ? runLive() : runLocal()).catch((err: unknown) => {
  console.error(`✗ ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
  process.exitCode = 1;
});
