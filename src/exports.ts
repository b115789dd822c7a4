// What both entry points export (index.ts for Node, index.browser.ts for browsers): everything but the client
// and the transports, which each entry composes for its platform.
export { CommsClientCore, DEFAULT_BASE_URL, DEFAULT_TIMEOUT_MS } from './client.js';
export type { OperationRef } from './client.js';
export { parseOperationLocation } from './location.js';
export type { OperationLocation, ParseLocationOptions } from './location.js';
export type { CallRoute } from './contract.js';
export {
  AbortError,
  AuthenticationError,
  ConnectionError,
  GraphError,
  InvalidResponseError,
  LocationParseError,
  NotificationAuthError,
  NotificationParseError,
  ResponseTooLargeError,
  TimeoutError,
  TokenLeakError,
} from './errors.js';
export type { GraphErrorInit } from './errors.js';
export type { AccessTokenLike, AuthOption, GetTokenOptionsLike, TokenCredentialLike } from './auth.js';
export type { RetryOptions, SleepFn } from './retry.js';
export type { CallRef, CancelMediaProcessingRequest, CancelMediaProcessingResult, CommsClientOptions } from './types.js';
export type {
  ActionResult,
  ActionResultFields,
  CallTarget,
  FetchLike,
  FetchRequestInit,
  FetchResponseLike,
  OperationTarget,
  ParticipantTarget,
  RequestDescriptor,
  RequestOptions,
} from './contract.js';
export { CallRegistry } from './calls/registry.js';
export type { CallChange, CallEvent, CallRegistryOptions, CallResource, CommsEntity, ParticipantResource } from './calls/registry.js';
export { SDK_VERSION } from './version.js';
export type { HttpFetch, HttpFetchOptions } from './http-fetch.js';
export type { NodeFetch, NodeFetchOptions } from './node-fetch.js';
export type { AttemptScope, ChunkReader, Platform, RedirectFollower, ValidationSchema } from './contract.js';
export type { KeepAliveAgentOptions, KeepAliveAgents } from './agents.js';
export {
  GRAPH_CALLBACK_ISSUERS,
  GRAPH_CALLBACK_OPENID_CONFIGURATION,
  OperationTracker,
  createCallbackHandler,
  DispatchQueueFullError,
  createNotificationVerifier,
  operationIdFromResource,
  parseCommsNotifications,
} from './notifications/index.js';
export type {
  CallbackHandlerOptions,
  CallsSink,
  DurableSink,
  NotificationParseLimits,
  NotificationVerifier,
  NotificationVerifierOptions,
  OperationTrackerOptions,
  TrackedResult,
  TrackerSink,
  TrackerEviction,
  WaitForOptions,
} from './notifications/index.js';
export * from '../generated/index.js';
