export { parseCommsNotifications, operationIdFromResource, DEFAULT_NOTIFICATION_LIMITS } from './parse.js';
export type { NotificationParseLimits } from './parse.js';
export { createNotificationVerifier, GRAPH_CALLBACK_ISSUERS, GRAPH_CALLBACK_OPENID_CONFIGURATION } from './verifier.js';
export type { NotificationVerifier, NotificationVerifierOptions } from './verifier.js';
export { OperationTracker, normalizeOperationId } from './tracker.js';
export type { OperationTrackerOptions, TrackedResult, TrackerEviction, WaitForOptions } from './tracker.js';
export { createCallbackHandler } from './handler.js';
export { DispatchQueueFullError } from './dispatch.js';
export type { CallbackHandlerOptions } from './handler.js';
