// Every id reaches the wire percent-encoded, on every route of cancelMediaProcessing and getOperation: a server
// that records the raw request target sees exactly encodeURIComponent(id) in each id's segment. Ids are chosen so
// that a segment left unencoded would differ (or decode to another id): "%41" stays "%41" in a URL, "+", "&",
// ":", "@", ",", ";", "$" and "=" pass a URL parser untouched, and spaces and non-ASCII get encoded differently.
import assert from 'node:assert/strict';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { CommsClient } from '../../src/node.js';
import type { CallRef } from '../../src/types.js';

const CALL_ID = "call%41 +&=:@,;$ü😀'!";
const APP_ID = 'app%25 ü,;';
const OPERATION_ID = 'op%2e +=&ü';
const OPERATION = { '@odata.type': '#microsoft.graph.commsOperation', id: 'x', status: 'running' };

interface Recorded {
  method: string;
  /** The request target exactly as it came over the socket. */
  url: string;
}

// /beta/{app|communications|applications/{id}}/calls/{id}/{cancelMediaProcessing|operations/{id}}
const TARGET = /^\/beta\/(app|communications|applications\/([^/]+))\/calls\/([^/]+)\/(?:cancelMediaProcessing|operations\/([^/]+))$/;

describe('ids on the wire: percent-encoded on every route', () => {
  const recorded: Recorded[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    recorded.push({ method: req.method ?? '', url });
    req.resume();
    const m = TARGET.exec(url);
    if (!m) {
      res.writeHead(404, { 'Content-Length': 0 }).end();
    } else if (req.method === 'POST') {
      // The Location a careful service sends: the request's own call, the operation id encoded once.
      const location = `${origin()}${url.replace(/\/cancelMediaProcessing$/, `/operations/${encodeURIComponent(OPERATION_ID)}`)}`;
      res.writeHead(202, { Location: location, 'Content-Length': 0 }).end();
    } else {
      const body = JSON.stringify(OPERATION);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }).end(body);
    }
  });
  const origin = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  before(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)));
  after(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const routes: [string, CallRef][] = [
    ['app', { callId: CALL_ID }],
    ['applications', { callId: CALL_ID, applicationId: APP_ID }],
    ['communications', { callId: CALL_ID, route: 'communications' }],
  ];
  for (const [route, call] of routes) {
    it(`${route}: cancelMediaProcessing, then getOperation by result and by Location`, async () => {
      const client = new CommsClient({ auth: 'tok', baseUrl: `${origin()}/beta` });
      recorded.length = 0;
      const result = await client.cancelMediaProcessing(call, {});
      assert.equal(result.callId, CALL_ID);
      assert.equal(result.operationId, OPERATION_ID);
      await client.getOperation(result);
      await client.getOperation(result.location!);
      // A result without a Location (as a 200 answer gives) builds the GET from its ids and route.
      await client.getOperation({ ...result, location: undefined, route } as typeof result);
      assert.deepEqual(
        recorded.map((r) => r.method),
        ['POST', 'GET', 'GET', 'GET'],
      );
      for (const { method, url } of recorded) {
        const m = TARGET.exec(url);
        assert.ok(m, `${method} ${url} has the shape of a ${route} request`);
        const [, head, app, callSegment, operationSegment] = m;
        assert.equal(head!.split('/')[0], route);
        assert.equal(callSegment, encodeURIComponent(CALL_ID), `${method} ${url}: callId segment`);
        if (route === 'applications') assert.equal(app, encodeURIComponent(APP_ID), `${method} ${url}: applicationId segment`);
        if (method === 'GET') assert.equal(operationSegment, encodeURIComponent(OPERATION_ID), `${method} ${url}: operationId segment`);
      }
    });
  }
});
