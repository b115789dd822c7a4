// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

import type { CommsOperation } from './CommsOperation.js';
import {
  instanceOfCommsOperation,
  CommsOperationFromJSONTyped,
  CommsOperationToJSON,
} from './CommsOperation.js';
/**
 * @odata.type.
 */
export type CommsNotificationResourceData = Array<CommsOperation> | CommsOperation;

export function CommsNotificationResourceDataFromJSON(json: any): CommsNotificationResourceData {
  return CommsNotificationResourceDataFromJSONTyped(json, false);
}

export function CommsNotificationResourceDataFromJSONTyped(json: any, ignoreDiscriminator: boolean): CommsNotificationResourceData {
  if (json == null) {
    return json;
  }
  if (typeof json !== 'object') {
    return json;
  }
  if (Array.isArray(json)) {
    if (json.every(item => typeof item === 'object')) {
      if (json.every(item => instanceOfCommsOperation(item))) {
        return json.map(value => CommsOperationFromJSONTyped(value, false));
      }
    }
  }

  if (Array.isArray(json)) {
    return json;
  }
  if (instanceOfCommsOperation(json)) {
    return CommsOperationFromJSONTyped(json, false);
  }
  return {} as any;
}

export function CommsNotificationResourceDataToJSON(json: any): any {
  return CommsNotificationResourceDataToJSONTyped(json, false);
}

export function CommsNotificationResourceDataToJSONTyped(value?: CommsNotificationResourceData | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }
  if (typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    if (value.every(item => typeof item === 'object')) {
      if (value.every(item => instanceOfCommsOperation(item))) {
        return value.map(value => CommsOperationToJSON(value as CommsOperation));
      }
    }
  }

  if (Array.isArray(value)) {
    return value;
  }
  if (instanceOfCommsOperation(value)) {
    return CommsOperationToJSON(value as CommsOperation);
  }
  return {};
}

