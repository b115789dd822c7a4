// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

export interface CancelMediaProcessingRequest {
  all?: boolean;
  clientContext?: string;
}

/**
 * Check if a given object implements the CancelMediaProcessingRequest interface.
 */
export function instanceOfCancelMediaProcessingRequest(value: object): value is CancelMediaProcessingRequest {
  return true;
}

export function CancelMediaProcessingRequestFromJSON(json: any): CancelMediaProcessingRequest {
  return CancelMediaProcessingRequestFromJSONTyped(json, false);
}

export function CancelMediaProcessingRequestFromJSONTyped(json: any, ignoreDiscriminator: boolean): CancelMediaProcessingRequest {
  if (json == null) {
    return json;
  }
  return {

    'all': json['all'] == null ? undefined : json['all'],
    'clientContext': json['clientContext'] == null ? undefined : json['clientContext'],
  };
}

export function CancelMediaProcessingRequestToJSON(json: any): CancelMediaProcessingRequest {
  return CancelMediaProcessingRequestToJSONTyped(json, false);
}

export function CancelMediaProcessingRequestToJSONTyped(value?: CancelMediaProcessingRequest | null, ignoreDiscriminator: boolean = false): any {
  if (value == null) {
    return value;
  }

  return {

    'all': value['all'],
    'clientContext': value['clientContext'],
  };
}

