// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

import * as runtime from '../runtime.js';
import {
  type CancelMediaProcessingRequest,
  CancelMediaProcessingRequestToJSON,
} from '../models/CancelMediaProcessingRequest.js';

export interface AppCallCancelMediaProcessingRequest {
  callId: string;
  cancelMediaProcessingRequest: CancelMediaProcessingRequest;
}

export interface AppCallGetOperationRequest {
  callId: string;
  operationId: string;
}

export interface ApplicationCallCancelMediaProcessingRequest {
  applicationId: string;
  callId: string;
  cancelMediaProcessingRequest: CancelMediaProcessingRequest;
}

export interface ApplicationCallGetOperationRequest {
  applicationId: string;
  callId: string;
  operationId: string;
}

export interface CommunicationsCallCancelMediaProcessingRequest {
  callId: string;
  cancelMediaProcessingRequest: CancelMediaProcessingRequest;
}

export interface CommunicationsCallGetOperationRequest {
  callId: string;
  operationId: string;
}

/** Creates request options for appCallCancelMediaProcessing without sending the request */
export function appCallCancelMediaProcessingRequestOpts(requestParameters: AppCallCancelMediaProcessingRequest): runtime.RequestOpts {
  return {
    path: `/app/calls/${encodeURIComponent(String(requestParameters['callId']))}/cancelMediaProcessing`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: CancelMediaProcessingRequestToJSON(requestParameters['cancelMediaProcessingRequest']),
  };
}

/** Creates request options for appCallGetOperation without sending the request */
export function appCallGetOperationRequestOpts(requestParameters: AppCallGetOperationRequest): runtime.RequestOpts {
  return {
    path: `/app/calls/${encodeURIComponent(String(requestParameters['callId']))}/operations/${encodeURIComponent(String(requestParameters['operationId']))}`,
    method: 'GET',
    headers: {},
  };
}

/** Creates request options for applicationCallCancelMediaProcessing without sending the request */
export function applicationCallCancelMediaProcessingRequestOpts(requestParameters: ApplicationCallCancelMediaProcessingRequest): runtime.RequestOpts {
  return {
    path: `/applications/${encodeURIComponent(String(requestParameters['applicationId']))}/calls/${encodeURIComponent(String(requestParameters['callId']))}/cancelMediaProcessing`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: CancelMediaProcessingRequestToJSON(requestParameters['cancelMediaProcessingRequest']),
  };
}

/** Creates request options for applicationCallGetOperation without sending the request */
export function applicationCallGetOperationRequestOpts(requestParameters: ApplicationCallGetOperationRequest): runtime.RequestOpts {
  return {
    path: `/applications/${encodeURIComponent(String(requestParameters['applicationId']))}/calls/${encodeURIComponent(String(requestParameters['callId']))}/operations/${encodeURIComponent(String(requestParameters['operationId']))}`,
    method: 'GET',
    headers: {},
  };
}

/** Creates request options for communicationsCallCancelMediaProcessing without sending the request */
export function communicationsCallCancelMediaProcessingRequestOpts(requestParameters: CommunicationsCallCancelMediaProcessingRequest): runtime.RequestOpts {
  return {
    path: `/communications/calls/${encodeURIComponent(String(requestParameters['callId']))}/cancelMediaProcessing`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: CancelMediaProcessingRequestToJSON(requestParameters['cancelMediaProcessingRequest']),
  };
}

/** Creates request options for communicationsCallGetOperation without sending the request */
export function communicationsCallGetOperationRequestOpts(requestParameters: CommunicationsCallGetOperationRequest): runtime.RequestOpts {
  return {
    path: `/communications/calls/${encodeURIComponent(String(requestParameters['callId']))}/operations/${encodeURIComponent(String(requestParameters['operationId']))}`,
    method: 'GET',
    headers: {},
  };
}
