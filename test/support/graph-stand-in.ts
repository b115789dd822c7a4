// The 2018 beta Graph of the seed, for the tests written against it: the testing kit's fake Graph (src/testing/)
// set up as that Graph answered (202 + Location, one `deleted` notification per operation on the call's route)
// and lenient where the seed's tests are (any call id is a call; only "test-token" passes unless told).
import { startFakeGraph } from '../../src/testing/fake-graph.js';
import type { FakeGraph, RecordedRequest } from '../../src/testing/types.js';

export type { Fault } from '../../src/testing/faults.js';
export type { RecordedRequest } from '../../src/testing/types.js';

export interface StandInOptions {
  acceptToken?: (token: string) => boolean;
  answer?: '202' | '200' | '200+location';
  /** The origin of the Locations it answers with. */
  locationHost?: string;
  callbackUrl?: string;
  signNotification?: (claims: { aud?: string }) => Promise<string>;
  /** n is the request's index in `requests` (every request counts, faulted or refused ones too). */
  notifyBeforeResponse?: (n: number) => boolean;
  randomFailure?: { rate: number; status: 503 | 429 | 504; retryAfterSec?: number; seed?: number };
  /** Called once a request's body has been read, before it is answered. */
  onRequest?: (request: RecordedRequest, n: number) => void;
}

export type Route = 'app' | 'applications' | 'communications';

export interface StoredOperation {
  callId: string;
  applicationId?: string;
  route: Route;
  operationId: string;
  clientContext?: string;
  status: string;
}

export interface GraphStandIn {
  url: string;
  origin: string;
  requests: RecordedRequest[];
  /** Every operation of every call, as it is now (a fresh snapshot on each read). */
  readonly operations: Map<string, StoredOperation>;
  /** POSTs to callbackUrl that got a 2xx; anything else (network error, non-2xx, signer failure) is in notificationFailures. */
  readonly notificationsSent: number;
  readonly notificationFailures: unknown[];
  enqueue: FakeGraph['enqueue'];
  idle(): Promise<void>;
  /** Drops what it recorded and every call with its operations. */
  forget(): void;
  close(): Promise<void>;
}

function operationsOf(graph: FakeGraph): Map<string, StoredOperation> {
  const out = new Map<string, StoredOperation>();
  for (const call of graph.calls) {
    for (const op of call.operations.values()) {
      const stored: StoredOperation = { callId: call.id, route: call.route, operationId: op.id, status: op.status };
      if (call.applicationId !== undefined) stored.applicationId = call.applicationId;
      if (op.clientContext !== undefined) stored.clientContext = op.clientContext;
      out.set(op.id, stored);
    }
  }
  return out;
}

export async function startGraphStandIn(options: StandInOptions = {}): Promise<GraphStandIn> {
  const { acceptToken = (t: string) => t === 'test-token', answer = '202', locationHost, callbackUrl, signNotification, ...rest } = options;
  const graph = await startFakeGraph({
    ...rest,
    acceptToken,
    answer,
    notifications: '2018',
    adoptUnknownCalls: true,
    ...(locationHost !== undefined ? { locationOrigin: locationHost } : {}),
    ...(callbackUrl !== undefined ? { callbackUri: callbackUrl } : {}),
    ...(signNotification ? { signNotification: () => signNotification({}) } : { signNotification: () => undefined }),
  });
  return {
    url: graph.url,
    origin: graph.origin,
    requests: graph.requests,
    get operations() {
      return operationsOf(graph);
    },
    get notificationsSent() {
      return graph.notificationsSent;
    },
    get notificationFailures() {
      return graph.notificationFailures;
    },
    enqueue: (...faults) => graph.enqueue(...faults),
    idle: () => graph.idle(),
    forget: () => graph.forget(),
    close: () => graph.close(),
  };
}
