// graph-comms-sdk/redis: the fleet objects on the application's own node-redis client. Its own bundle, never
// loaded by the package root.
export { createRedisTracker } from './tracker.js';
export type { RedisTracker, RedisTrackerOptions } from './tracker.js';
export { StoreUnavailableError } from './errors.js';
export type { MessageListener, RedisClientLike, RedisSubscriberLike } from './client.js';
