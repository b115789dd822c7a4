// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

export const ChangeType = {
  Created: 'created',
  Updated: 'updated',
  Deleted: 'deleted',
} as const;
export type ChangeType = typeof ChangeType[keyof typeof ChangeType];

export function instanceOfChangeType(value: any): boolean {
  for (const key in ChangeType) {
    if (Object.prototype.hasOwnProperty.call(ChangeType, key)) {
      if (ChangeType[key as keyof typeof ChangeType] === value) {
        return true;
      }
    }
  }
  return false;
}

export function ChangeTypeFromJSON(json: any): ChangeType {
  return ChangeTypeFromJSONTyped(json, false);
}

export function ChangeTypeFromJSONTyped(json: any, ignoreDiscriminator: boolean): ChangeType {
  // Graph's payloads are not consistent in case ("Completed", "completed"): read any case.
  const lower = typeof json === 'string' ? json.toLowerCase() : undefined;
  return (Object.values(ChangeType).find((v) => v.toLowerCase() === lower) ?? json) as ChangeType;
}

export function ChangeTypeToJSON(value?: ChangeType | null): any {
  return value as any;
}

export function ChangeTypeToJSONTyped(value: any, ignoreDiscriminator: boolean): ChangeType {
  return value as ChangeType;
}

