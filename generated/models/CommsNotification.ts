// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

import type { CommsNotificationResourceData } from './CommsNotificationResourceData.js';
import {
  CommsNotificationResourceDataFromJSON,
  CommsNotificationResourceDataToJSON
} from './CommsNotificationResourceData.js';
import type { ChangeType } from './ChangeType.js';
import {
  ChangeTypeFromJSON,
  ChangeTypeToJSON
} from './ChangeType.js';

/**
 * commsNotification
 */
export interface CommsNotification {
  [key: string]: unknown;
  /**
   * The OData type, `#microsoft.graph.<type>`.
   */
  '@odata.type'?: string;
  changeType: ChangeType;
  /**
   * URI of the resource that was changed.
   */
  resourceUrl?: string | null;
  /**
   * URI of the resource that was changed (2018 beta spelling of resourceUrl).
   */
  resource?: string | null;
  resourceData?: CommsNotificationResourceData;
}

/**
 * Check if a given object implements the CommsNotification interface.
 */
export function instanceOfCommsNotification(value: object): value is CommsNotification {
  if (!('changeType' in value) || value['changeType'] === undefined) return false;
  return true;
}

export function CommsNotificationFromJSON(json: any): CommsNotification {
  return CommsNotificationFromJSONTyped(json, false);
}

export function CommsNotificationFromJSONTyped(json: any, ignoreDiscriminator: boolean): CommsNotification {
  if (json == null) {
    return json;
  }
  return {

    ...json,
    '@odata.type': json['@odata.type'] == null ? undefined : json['@odata.type'],
    'changeType': ChangeTypeFromJSON(json['changeType']),
    'resourceUrl': json['resourceUrl'] === undefined ? undefined : json['resourceUrl'] === null ? null : json['resourceUrl'],
    'resource': json['resource'] === undefined ? undefined : json['resource'] === null ? null : json['resource'],
    'resourceData': json['resourceData'] == null ? undefined : CommsNotificationResourceDataFromJSON(json['resourceData']),
  };
}

export function CommsNotificationToJSON(json: any): CommsNotification {
  return CommsNotificationToJSONTyped(json, false);
}

export function CommsNotificationToJSONTyped(value?: CommsNotification | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }

  return {

    ...value,
    '@odata.type': value['@odata.type'],
    'changeType': ChangeTypeToJSON(value['changeType']),
    'resourceUrl': value['resourceUrl'],
    'resource': value['resource'],
    'resourceData': CommsNotificationResourceDataToJSON(value['resourceData']),
  };
}

