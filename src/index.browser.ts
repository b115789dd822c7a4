// The package root in a browser: the client composed with the browser's platform, and everything else
// (exports.ts). The Node transports are stubs that say they are Node-only.
export * from './exports.js';
export { CommsClient, createHttpFetch, createNodeFetch } from './browser.js';
