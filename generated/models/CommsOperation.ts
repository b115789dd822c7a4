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

import { type CancelMediaProcessingOperation, CancelMediaProcessingOperationFromJSONTyped, CancelMediaProcessingOperationToJSONTyped } from './CancelMediaProcessingOperation.js';
/**
 * commsOperation
 */
export interface CommsOperation {
  [key: string]: unknown;
  /**
   * The OData type, `#microsoft.graph.<type>`.
   */
  '@odata.type'?: string;
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
}

/**
 * Check if a given object implements the CommsOperation interface.
 */
export function instanceOfCommsOperation(value: object): value is CommsOperation {
  return true;
}

export function CommsOperationFromJSON(json: any): CommsOperation {
  return CommsOperationFromJSONTyped(json, false);
}

export function CommsOperationFromJSONTyped(json: any, ignoreDiscriminator: boolean): CommsOperation {
  if (json == null) {
    return json;
  }
  if (!ignoreDiscriminator) {
    if (json['@odata.type'] === '#microsoft.graph.cancelMediaProcessingOperation') {
      return CancelMediaProcessingOperationFromJSONTyped(json, ignoreDiscriminator);
    }
    if (json['@odata.type'] === '#microsoft.graph.commsOperation') {
      return CommsOperationFromJSONTyped(json, true);
    }

  }
  return {

    ...json,
    '@odata.type': json['@odata.type'] == null ? undefined : json['@odata.type'],
    'id': json['id'] == null ? undefined : json['id'],
    'clientContext': json['clientContext'] === undefined ? undefined : json['clientContext'] === null ? null : json['clientContext'],
    'resultInfo': json['resultInfo'] === undefined ? undefined : json['resultInfo'] === null ? null : ResultInfoFromJSON(json['resultInfo']),
    'status': json['status'] === undefined ? undefined : json['status'] === null ? null : OperationStatusFromJSON(json['status']),
  };
}

export function CommsOperationToJSON(json: any): CommsOperation {
  return CommsOperationToJSONTyped(json, false);
}

export function CommsOperationToJSONTyped(value?: CommsOperation | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }

  if (!ignoreDiscriminator) {
    switch (value['@odata.type']) {
      case '#microsoft.graph.cancelMediaProcessingOperation':
        return CancelMediaProcessingOperationToJSONTyped(value as CancelMediaProcessingOperation, ignoreDiscriminator);
      default:
        return value;
    }
  }

  return {

    ...value,
    '@odata.type': value['@odata.type'],
    'id': value['id'],
    'clientContext': value['clientContext'],
    'resultInfo': ResultInfoToJSON(value['resultInfo']),
    'status': OperationStatusToJSON(value['status']),
  };
}

/** A CommsOperation or one of its subtypes, told apart by `@odata.type`. */
export type AnyCommsOperation = CancelMediaProcessingOperation | CommsOperation;

/** The `@odata.type` values of CommsOperation and its subtypes, and the schema each names. */
export const CommsOperationODataTypes = {
  '#microsoft.graph.commsOperation': 'CommsOperation',
  '#microsoft.graph.cancelMediaProcessingOperation': 'CancelMediaProcessingOperation',
} as const;

/** True when `@odata.type` names a CancelMediaProcessingOperation (compared case-insensitively, as OData names are). */
export function isCancelMediaProcessingOperation(value: CommsOperation | null | undefined): value is CancelMediaProcessingOperation {
  return typeof value?.['@odata.type'] === 'string' && value['@odata.type'].toLowerCase() === '#microsoft.graph.cancelmediaprocessingoperation';
}
