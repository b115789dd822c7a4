// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

export interface InnerError {
  [key: string]: unknown;
  'request-id'?: string;
  'client-request-id'?: string;
  date?: string;
}

/**
 * Check if a given object implements the InnerError interface.
 */
export function instanceOfInnerError(value: object): value is InnerError {
  return true;
}

export function InnerErrorFromJSON(json: any): InnerError {
  return InnerErrorFromJSONTyped(json, false);
}

export function InnerErrorFromJSONTyped(json: any, ignoreDiscriminator: boolean): InnerError {
  if (json == null) {
    return json;
  }
  return {

    ...json,
    'request-id': json['request-id'] == null ? undefined : json['request-id'],
    'client-request-id': json['client-request-id'] == null ? undefined : json['client-request-id'],
    'date': json['date'] == null ? undefined : json['date'],
  };
}

export function InnerErrorToJSON(json: any): InnerError {
  return InnerErrorToJSONTyped(json, false);
}

export function InnerErrorToJSONTyped(value?: InnerError | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }

  return {

    ...value,
    'request-id': value['request-id'],
    'client-request-id': value['client-request-id'],
    'date': value['date'],
  };
}

