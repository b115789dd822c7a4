// graph-comms-sdk/testing: a fake Graph to test a bot against, on this machine. Node only, and kept out of the
// package root's bundles: nothing here is loaded by `import 'graph-comms-sdk'`.
export { startFakeGraph } from './fake-graph.js';
export { FAKE_APP_ID, FAKE_TENANT_ID } from './types.js';
export type { FakeGraph, FakeGraphOptions, RecordedRequest } from './types.js';
export { FAKE_GRAPH_ISSUER, createTestVerifier } from './keys.js';
export type { KeyPublisher } from './keys.js';
export type { JsonObject } from './json.js';
export type { NotificationClaims, TestVerifierOptions } from './keys.js';
export type { AnswerMode } from './behaviours.js';
export type { Delivery, NotificationStyle } from './notify.js';
export type { FinishMediaOptions, IncomingCallOptions } from './scenarios.js';
export type { FakeCall, FakeOperation, NewCall } from './state.js';
export type { Choice, Fault } from './faults.js';
