// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

import * as runtime from '../runtime.js';
import {
  type CancelMediaProcessingRequest,
  CancelMediaProcessingRequestToJSON,
} from '../models/CancelMediaProcessingRequest.js';

export interface AppCallCancelMediaProcessingRequest {
  /**
   * 
   */
  callId: string;
  /**
   * 
   */
  cancelMediaProcessingRequest: CancelMediaProcessingRequest;
}

export interface AppCallGetOperationRequest {
  /**
   * 
   */
  callId: string;
  /**
   * 
   */
  operationId: string;
}

export interface ApplicationCallCancelMediaProcessingRequest {
  /**
   * 
   */
  applicationId: string;
  /**
   * 
   */
  callId: string;
  /**
   * 
   */
  cancelMediaProcessingRequest: CancelMediaProcessingRequest;
}

export interface ApplicationCallGetOperationRequest {
  /**
   * 
   */
  applicationId: string;
  /**
   * 
   */
  callId: string;
  /**
   * 
   */
  operationId: string;
}

export interface CommunicationsCallCancelMediaProcessingRequest {
  /**
   * 
   */
  callId: string;
  /**
   * 
   */
  cancelMediaProcessingRequest: CancelMediaProcessingRequest;
}

export interface CommunicationsCallGetOperationRequest {
  /**
   * 
   */
  callId: string;
  /**
   * 
   */
  operationId: string;
}

/** Creates request options for appCallCancelMediaProcessing without sending the request */
export function appCallCancelMediaProcessingRequestOpts(requestParameters: AppCallCancelMediaProcessingRequest): runtime.RequestOpts {
  if (requestParameters['callId'] == null) {
    throw new runtime.RequiredError(
      'callId',
      'Required parameter "callId" was null or undefined when calling appCallCancelMediaProcessing().'
    );
  }

  if (requestParameters['cancelMediaProcessingRequest'] == null) {
    throw new runtime.RequiredError(
      'cancelMediaProcessingRequest',
      'Required parameter "cancelMediaProcessingRequest" was null or undefined when calling appCallCancelMediaProcessing().'
    );
  }

  const queryParameters: any = {};

  const headerParameters: runtime.HTTPHeaders = {};

  headerParameters['Content-Type'] = 'application/json';
  let urlPath = `/app/calls/{callId}/cancelMediaProcessing`;
  urlPath = urlPath.replace('{callId}', encodeURIComponent(String(requestParameters['callId'])));

  return {
    path: urlPath,
    method: 'POST',
    headers: headerParameters,
    query: queryParameters,
    body: CancelMediaProcessingRequestToJSON(requestParameters['cancelMediaProcessingRequest']),
  };
}

/** Creates request options for appCallGetOperation without sending the request */
export function appCallGetOperationRequestOpts(requestParameters: AppCallGetOperationRequest): runtime.RequestOpts {
  if (requestParameters['callId'] == null) {
    throw new runtime.RequiredError(
      'callId',
      'Required parameter "callId" was null or undefined when calling appCallGetOperation().'
    );
  }

  if (requestParameters['operationId'] == null) {
    throw new runtime.RequiredError(
      'operationId',
      'Required parameter "operationId" was null or undefined when calling appCallGetOperation().'
    );
  }

  const queryParameters: any = {};

  const headerParameters: runtime.HTTPHeaders = {};
  let urlPath = `/app/calls/{callId}/operations/{operationId}`;
  urlPath = urlPath.replace('{callId}', encodeURIComponent(String(requestParameters['callId'])));
  urlPath = urlPath.replace('{operationId}', encodeURIComponent(String(requestParameters['operationId'])));

  return {
    path: urlPath,
    method: 'GET',
    headers: headerParameters,
    query: queryParameters,
  };
}

/** Creates request options for applicationCallCancelMediaProcessing without sending the request */
export function applicationCallCancelMediaProcessingRequestOpts(requestParameters: ApplicationCallCancelMediaProcessingRequest): runtime.RequestOpts {
  if (requestParameters['applicationId'] == null) {
    throw new runtime.RequiredError(
      'applicationId',
      'Required parameter "applicationId" was null or undefined when calling applicationCallCancelMediaProcessing().'
    );
  }

  if (requestParameters['callId'] == null) {
    throw new runtime.RequiredError(
      'callId',
      'Required parameter "callId" was null or undefined when calling applicationCallCancelMediaProcessing().'
    );
  }

  if (requestParameters['cancelMediaProcessingRequest'] == null) {
    throw new runtime.RequiredError(
      'cancelMediaProcessingRequest',
      'Required parameter "cancelMediaProcessingRequest" was null or undefined when calling applicationCallCancelMediaProcessing().'
    );
  }

  const queryParameters: any = {};

  const headerParameters: runtime.HTTPHeaders = {};

  headerParameters['Content-Type'] = 'application/json';
  let urlPath = `/applications/{applicationId}/calls/{callId}/cancelMediaProcessing`;
  urlPath = urlPath.replace('{applicationId}', encodeURIComponent(String(requestParameters['applicationId'])));
  urlPath = urlPath.replace('{callId}', encodeURIComponent(String(requestParameters['callId'])));

  return {
    path: urlPath,
    method: 'POST',
    headers: headerParameters,
    query: queryParameters,
    body: CancelMediaProcessingRequestToJSON(requestParameters['cancelMediaProcessingRequest']),
  };
}

/** Creates request options for applicationCallGetOperation without sending the request */
export function applicationCallGetOperationRequestOpts(requestParameters: ApplicationCallGetOperationRequest): runtime.RequestOpts {
  if (requestParameters['applicationId'] == null) {
    throw new runtime.RequiredError(
      'applicationId',
      'Required parameter "applicationId" was null or undefined when calling applicationCallGetOperation().'
    );
  }

  if (requestParameters['callId'] == null) {
    throw new runtime.RequiredError(
      'callId',
      'Required parameter "callId" was null or undefined when calling applicationCallGetOperation().'
    );
  }

  if (requestParameters['operationId'] == null) {
    throw new runtime.RequiredError(
      'operationId',
      'Required parameter "operationId" was null or undefined when calling applicationCallGetOperation().'
    );
  }

  const queryParameters: any = {};

  const headerParameters: runtime.HTTPHeaders = {};
  let urlPath = `/applications/{applicationId}/calls/{callId}/operations/{operationId}`;
  urlPath = urlPath.replace('{applicationId}', encodeURIComponent(String(requestParameters['applicationId'])));
  urlPath = urlPath.replace('{callId}', encodeURIComponent(String(requestParameters['callId'])));
  urlPath = urlPath.replace('{operationId}', encodeURIComponent(String(requestParameters['operationId'])));

  return {
    path: urlPath,
    method: 'GET',
    headers: headerParameters,
    query: queryParameters,
  };
}

/** Creates request options for communicationsCallCancelMediaProcessing without sending the request */
export function communicationsCallCancelMediaProcessingRequestOpts(requestParameters: CommunicationsCallCancelMediaProcessingRequest): runtime.RequestOpts {
  if (requestParameters['callId'] == null) {
    throw new runtime.RequiredError(
      'callId',
      'Required parameter "callId" was null or undefined when calling communicationsCallCancelMediaProcessing().'
    );
  }

  if (requestParameters['cancelMediaProcessingRequest'] == null) {
    throw new runtime.RequiredError(
      'cancelMediaProcessingRequest',
      'Required parameter "cancelMediaProcessingRequest" was null or undefined when calling communicationsCallCancelMediaProcessing().'
    );
  }

  const queryParameters: any = {};

  const headerParameters: runtime.HTTPHeaders = {};

  headerParameters['Content-Type'] = 'application/json';
  let urlPath = `/communications/calls/{callId}/cancelMediaProcessing`;
  urlPath = urlPath.replace('{callId}', encodeURIComponent(String(requestParameters['callId'])));

  return {
    path: urlPath,
    method: 'POST',
    headers: headerParameters,
    query: queryParameters,
    body: CancelMediaProcessingRequestToJSON(requestParameters['cancelMediaProcessingRequest']),
  };
}

/** Creates request options for communicationsCallGetOperation without sending the request */
export function communicationsCallGetOperationRequestOpts(requestParameters: CommunicationsCallGetOperationRequest): runtime.RequestOpts {
  if (requestParameters['callId'] == null) {
    throw new runtime.RequiredError(
      'callId',
      'Required parameter "callId" was null or undefined when calling communicationsCallGetOperation().'
    );
  }

  if (requestParameters['operationId'] == null) {
    throw new runtime.RequiredError(
      'operationId',
      'Required parameter "operationId" was null or undefined when calling communicationsCallGetOperation().'
    );
  }

  const queryParameters: any = {};

  const headerParameters: runtime.HTTPHeaders = {};
  let urlPath = `/communications/calls/{callId}/operations/{operationId}`;
  urlPath = urlPath.replace('{callId}', encodeURIComponent(String(requestParameters['callId'])));
  urlPath = urlPath.replace('{operationId}', encodeURIComponent(String(requestParameters['operationId'])));

  return {
    path: urlPath,
    method: 'GET',
    headers: headerParameters,
    query: queryParameters,
  };
}
