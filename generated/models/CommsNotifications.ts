// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

import type { CommsNotification } from './CommsNotification.js';
import {
  CommsNotificationFromJSON,
  CommsNotificationToJSON
} from './CommsNotification.js';

/**
 * commsNotifications
 */
export interface CommsNotifications {
  [key: string]: unknown;
  /**
   * The OData type, `#microsoft.graph.<type>`.
   */
  '@odata.type'?: string;
  /**
   * The notification of a change in the resource.
   */
  value: Array<CommsNotification>;
}

/**
 * Check if a given object implements the CommsNotifications interface.
 */
export function instanceOfCommsNotifications(value: object): value is CommsNotifications {
  if (!('value' in value) || value['value'] === undefined) return false;
  return true;
}

export function CommsNotificationsFromJSON(json: any): CommsNotifications {
  return CommsNotificationsFromJSONTyped(json, false);
}

export function CommsNotificationsFromJSONTyped(json: any, ignoreDiscriminator: boolean): CommsNotifications {
  if (json == null) {
    return json;
  }
  return {

    ...json,
    '@odata.type': json['@odata.type'] == null ? undefined : json['@odata.type'],
    'value': ((json['value'] as Array<any>).map(CommsNotificationFromJSON)),
  };
}

export function CommsNotificationsToJSON(json: any): CommsNotifications {
  return CommsNotificationsToJSONTyped(json, false);
}

export function CommsNotificationsToJSONTyped(value?: CommsNotifications | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }

  return {

    ...value,
    '@odata.type': value['@odata.type'],
    'value': ((value['value'] as Array<any>).map(CommsNotificationToJSON)),
  };
}

