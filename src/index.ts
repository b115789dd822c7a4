// The package root on Node: the client composed with Node's platform, the Node transports, and everything else
// (exports.ts). Everything a user programs against is a named export from here.
export * from './exports.js';
export { CommsClient, createHttpFetch, createNodeFetch } from './node.js';
