// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/ (Microsoft Graph v1.0-Prod.csdl and the 2018 overlay) through
// openapi-generator (typescript-fetch, with codegen/templates/) and ts-morph. Edit spec/ or codegen/ and regenerate.

export * from './models.js';
export * from './guards.js';
export type { CommsClientMethods } from './methods.js';
