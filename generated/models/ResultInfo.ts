// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

export interface ResultInfo {
  [key: string]: unknown;
  /**
   * The OData type, `#microsoft.graph.<type>`.
   */
  '@odata.type'?: string;
  /**
   * The result code.
   */
  code: number;
  /**
   * The message.
   */
  message?: string | null;
  /**
   * The result sub-code.
   */
  subcode: number;
}

/**
 * Check if a given object implements the ResultInfo interface.
 */
export function instanceOfResultInfo(value: object): value is ResultInfo {
  if (!('code' in value) || value['code'] === undefined) return false;
  if (!('subcode' in value) || value['subcode'] === undefined) return false;
  return true;
}

export function ResultInfoFromJSON(json: any): ResultInfo {
  return ResultInfoFromJSONTyped(json, false);
}

export function ResultInfoFromJSONTyped(json: any, ignoreDiscriminator: boolean): ResultInfo {
  if (json == null) {
    return json;
  }
  return {

    ...json,
    '@odata.type': json['@odata.type'] == null ? undefined : json['@odata.type'],
    'code': json['code'],
    'message': json['message'] === undefined ? undefined : json['message'] === null ? null : json['message'],
    'subcode': json['subcode'],
  };
}

export function ResultInfoToJSON(json: any): ResultInfo {
  return ResultInfoToJSONTyped(json, false);
}

export function ResultInfoToJSONTyped(value?: ResultInfo | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }

  return {

    ...value,
    '@odata.type': value['@odata.type'],
    'code': value['code'],
    'message': value['message'],
    'subcode': value['subcode'],
  };
}

