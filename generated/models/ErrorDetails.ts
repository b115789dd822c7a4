// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

export interface ErrorDetails {
  [key: string]: unknown;
  code: string;
  message: string;
  target?: string | null;
}

/**
 * Check if a given object implements the ErrorDetails interface.
 */
export function instanceOfErrorDetails(value: object): value is ErrorDetails {
  if (!('code' in value) || value['code'] === undefined) return false;
  if (!('message' in value) || value['message'] === undefined) return false;
  return true;
}

export function ErrorDetailsFromJSON(json: any): ErrorDetails {
  return ErrorDetailsFromJSONTyped(json, false);
}

export function ErrorDetailsFromJSONTyped(json: any, ignoreDiscriminator: boolean): ErrorDetails {
  if (json == null) {
    return json;
  }
  return {

    ...json,
    'code': json['code'],
    'message': json['message'],
    'target': json['target'] === undefined ? undefined : json['target'] === null ? null : json['target'],
  };
}

export function ErrorDetailsToJSON(json: any): ErrorDetails {
  return ErrorDetailsToJSONTyped(json, false);
}

export function ErrorDetailsToJSONTyped(value?: ErrorDetails | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }

  return {

    ...value,
    'code': value['code'],
    'message': value['message'],
    'target': value['target'],
  };
}

