// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

export const OperationStatus = {
  NotStarted: 'notStarted',
  Running: 'running',
  Completed: 'completed',
  Failed: 'failed',
} as const;
export type OperationStatus = typeof OperationStatus[keyof typeof OperationStatus];

export function instanceOfOperationStatus(value: any): boolean {
  for (const key in OperationStatus) {
    if (Object.prototype.hasOwnProperty.call(OperationStatus, key)) {
      if (OperationStatus[key as keyof typeof OperationStatus] === value) {
        return true;
      }
    }
  }
  return false;
}

export function OperationStatusFromJSON(json: any): OperationStatus {
  return OperationStatusFromJSONTyped(json, false);
}

export function OperationStatusFromJSONTyped(json: any, ignoreDiscriminator: boolean): OperationStatus {
  // Graph's payloads are not consistent in case ("Completed", "completed"): read any case.
  const lower = typeof json === 'string' ? json.toLowerCase() : undefined;
  return (Object.values(OperationStatus).find((v) => v.toLowerCase() === lower) ?? json) as OperationStatus;
}

export function OperationStatusToJSON(value?: OperationStatus | null): any {
  return value as any;
}

export function OperationStatusToJSONTyped(value: any, ignoreDiscriminator: boolean): OperationStatus {
  return value as OperationStatus;
}

