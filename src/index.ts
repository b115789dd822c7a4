// The package root: the client, the Location parser, the typed errors, the notification helpers and
// the generated models. Everything a user programs against is a named export from here.
export { CommsClient, DEFAULT_BASE_URL } from './client.js';
export { parseOperationLocation } from './location.js';
export type { CallRoute, OperationLocation, ParseLocationOptions } from './location.js';
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
export type {
  CallRef,
  CancelMediaProcessingBody,
  CancelMediaProcessingResult,
  CommsClientOptions,
  FetchLike,
  FetchRequestInit,
  FetchResponseLike,
  RequestOptions,
} from './types.js';
export { SDK_VERSION } from './version.js';
export { createNodeFetch } from './transport.js';
export type { NodeFetch, NodeFetchOptions } from './transport.js';
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
  NotificationParseLimits,
  NotificationVerifier,
  NotificationVerifierOptions,
  OperationTrackerOptions,
  TrackedResult,
  TrackerEviction,
  WaitForOptions,
} from './notifications/index.js';
export * from '../generated/index.js';
