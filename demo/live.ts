// The real service: an app-only token from @azure/identity (client credentials), then cancelMediaProcessing on
// CALL_ID. Graph's notification goes to the bot's own callback URL, not here; the demo prints the operation.
import { CommsClient } from '../src/index.js';

export async function runLive(): Promise<void> {
  // Loaded only here: the embedded demo, the tests and the package itself do not need @azure/identity.
  const { ClientSecretCredential } = await import('@azure/identity');
  const credential = new ClientSecretCredential(
    process.env.AZURE_TENANT_ID!,
    process.env.AZURE_CLIENT_ID!,
    process.env.AZURE_CLIENT_SECRET!,
  );
  const client = new CommsClient({ auth: credential, baseUrl: process.env.GRAPH_BASE_URL });
  const route = (process.env.CALL_ROUTE as 'app' | 'communications' | undefined) ?? 'communications';
  console.log(`→ POST ${route} cancelMediaProcessing on call ${process.env.CALL_ID}`);
  const result = await client.cancelMediaProcessing({ callId: process.env.CALL_ID!, route }, { clientContext: 'graph-comms-sdk demo' });
  console.log(`✓ ${result.status}; operation ${result.operationId}${result.location ? ` at ${result.location}` : ''}`);
  if (result.operation) console.log(JSON.stringify(result.operation, null, 2));
}
