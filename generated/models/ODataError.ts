// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

import type { MainError } from './MainError.js';
import {
  MainErrorFromJSON,
  MainErrorToJSON
} from './MainError.js';

export interface ODataError {
  [key: string]: unknown;
  error: MainError;
}

/**
 * Check if a given object implements the ODataError interface.
 */
export function instanceOfODataError(value: object): value is ODataError {
  if (!('error' in value) || value['error'] === undefined) return false;
  return true;
}

export function ODataErrorFromJSON(json: any): ODataError {
  return ODataErrorFromJSONTyped(json, false);
}

export function ODataErrorFromJSONTyped(json: any, ignoreDiscriminator: boolean): ODataError {
  if (json == null) {
    return json;
  }
  return {

    ...json,
    'error': MainErrorFromJSON(json['error']),
  };
}

export function ODataErrorToJSON(json: any): ODataError {
  return ODataErrorToJSONTyped(json, false);
}

export function ODataErrorToJSONTyped(value?: ODataError | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }

  return {

    ...value,
    'error': MainErrorToJSON(value['error']),
  };
}

