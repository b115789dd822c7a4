// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

import type { OperationStatus } from './OperationStatus.js';
import {
  OperationStatusFromJSON,
  OperationStatusToJSON
} from './OperationStatus.js';
import type { ResultInfo } from './ResultInfo.js';
import {
  ResultInfoFromJSON,
  ResultInfoToJSON
} from './ResultInfo.js';

/**
 * cancelMediaProcessingOperation
 */
export interface CancelMediaProcessingOperation {
  [key: string]: unknown;
  /**
   * The OData type, `#microsoft.graph.<type>`.
   */
  '@odata.type'?: '#microsoft.graph.cancelMediaProcessingOperation';
  /**
   * The unique identifier for an entity. Read-only.
   */
  id?: string;
  /**
   * Unique Client Context string. Max limit is 256 chars.
   */
  clientContext?: string | null;
  /**
   * The result information. Read-only.
   */
  resultInfo?: ResultInfo | null;
  /**
   * Possible values are: notStarted, running, completed, failed. Read-only. Null means more notifications follow.
   */
  status?: OperationStatus | null;
  /**
   * Whether all operations were cancelled (2018 beta).
   */
  all?: boolean | null;
}

/**
 * Check if a given object implements the CancelMediaProcessingOperation interface.
 */
export function instanceOfCancelMediaProcessingOperation(value: object): value is CancelMediaProcessingOperation {
  return true;
}

export function CancelMediaProcessingOperationFromJSON(json: any): CancelMediaProcessingOperation {
  return CancelMediaProcessingOperationFromJSONTyped(json, false);
}

export function CancelMediaProcessingOperationFromJSONTyped(json: any, ignoreDiscriminator: boolean): CancelMediaProcessingOperation {
  if (json == null) {
    return json;
  }
  return {

    ...json,
    '@odata.type': json['@odata.type'] == null ? undefined : json['@odata.type'],
    'id': json['id'] == null ? undefined : json['id'],
    'clientContext': json['clientContext'] === undefined ? undefined : json['clientContext'] === null ? null : json['clientContext'],
    'resultInfo': json['resultInfo'] === undefined ? undefined : json['resultInfo'] === null ? null : ResultInfoFromJSON(json['resultInfo']),
    'status': json['status'] === undefined ? undefined : json['status'] === null ? null : OperationStatusFromJSON(json['status']),
    'all': json['all'] === undefined ? undefined : json['all'] === null ? null : json['all'],
  };
}

export function CancelMediaProcessingOperationToJSON(json: any): CancelMediaProcessingOperation {
  return CancelMediaProcessingOperationToJSONTyped(json, false);
}

export function CancelMediaProcessingOperationToJSONTyped(value?: CancelMediaProcessingOperation | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }

  return {

    ...value,
    '@odata.type': value['@odata.type'],
    'id': value['id'],
    'clientContext': value['clientContext'],
    'resultInfo': ResultInfoToJSON(value['resultInfo']),
    'status': OperationStatusToJSON(value['status']),
    'all': value['all'],
  };
}

