// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

export * from './CancelMediaProcessingOperation.js';
export * from './CancelMediaProcessingRequest.js';
export * from './ChangeType.js';
export * from './CommsNotification.js';
export * from './CommsNotificationResourceData.js';
export * from './CommsNotifications.js';
export * from './CommsOperation.js';
export * from './ErrorDetails.js';
export * from './InnerError.js';
export * from './MainError.js';
export * from './ODataError.js';
export * from './OperationStatus.js';
export * from './ResultInfo.js';
