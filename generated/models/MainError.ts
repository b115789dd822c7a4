// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

import type { ErrorDetails } from './ErrorDetails.js';
import {
  ErrorDetailsFromJSON,
  ErrorDetailsToJSON
} from './ErrorDetails.js';
import type { InnerError } from './InnerError.js';
import {
  InnerErrorFromJSON,
  InnerErrorToJSON
} from './InnerError.js';

export interface MainError {
  [key: string]: unknown;
  code: string;
  message: string;
  target?: string | null;
  details?: Array<ErrorDetails>;
  innerError?: InnerError;
}

/**
 * Check if a given object implements the MainError interface.
 */
export function instanceOfMainError(value: object): value is MainError {
  if (!('code' in value) || value['code'] === undefined) return false;
  if (!('message' in value) || value['message'] === undefined) return false;
  return true;
}

export function MainErrorFromJSON(json: any): MainError {
  return MainErrorFromJSONTyped(json, false);
}

export function MainErrorFromJSONTyped(json: any, ignoreDiscriminator: boolean): MainError {
  if (json == null) {
    return json;
  }
  return {

    ...json,
    'code': json['code'],
    'message': json['message'],
    'target': json['target'] === undefined ? undefined : json['target'] === null ? null : json['target'],
    'details': json['details'] == null ? undefined : ((json['details'] as Array<any>).map(ErrorDetailsFromJSON)),
    'innerError': json['innerError'] == null ? undefined : InnerErrorFromJSON(json['innerError']),
  };
}

export function MainErrorToJSON(json: any): MainError {
  return MainErrorToJSONTyped(json, false);
}

export function MainErrorToJSONTyped(value?: MainError | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }

  return {

    ...value,
    'code': value['code'],
    'message': value['message'],
    'target': value['target'],
    'details': value['details'] == null ? undefined : ((value['details'] as Array<any>).map(ErrorDetailsToJSON)),
    'innerError': InnerErrorToJSON(value['innerError']),
  };
}

