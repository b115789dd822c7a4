// graph-comms-sdk/redis: the fleet objects on the application's own node-redis client. Its own bundle, never
// loaded by the package root.
export { createRedisTracker } from './tracker.js';
export type { RedisTracker, RedisTrackerOptions } from './tracker.js';
export { createRedisCallRegistry } from './call-registry.js';
export type { RedisCallRegistry, RedisCallRegistryOptions } from './call-registry.js';
export { StoreConflictError, StoreUnavailableError } from './errors.js';
export type { RedisOptions } from './options.js';
export type { CallChange, CallEvent, CallResource, ParticipantResource } from '../calls/state.js';
export type { MessageListener, RedisClientLike, RedisSubscriberLike } from './client.js';
