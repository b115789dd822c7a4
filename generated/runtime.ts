// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

export const BASE_PATH = "https://graph.microsoft.com/beta";

export type Json = any;

export type HTTPMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS' | 'HEAD';

export type HTTPHeaders = { [key: string]: string };

export type HTTPQuery = { [key: string]: string | number | null | boolean | Array<string | number | null | boolean> | Set<string | number | null | boolean> | HTTPQuery };

export type HTTPBody = Json | FormData | URLSearchParams;

export interface RequestOpts {
  path: string;
  method: HTTPMethod;
  headers: HTTPHeaders;
  query?: HTTPQuery;
  body?: HTTPBody;
}
