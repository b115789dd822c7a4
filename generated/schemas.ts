// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

// Validation data for src/validate.ts: one constant per model (see codegen/postprocess/schemas.ts for why).

/**
 * An OpenAPI 3.0 schema object as src/validate.ts reads it: `$ref` and discriminator mappings are functions that
 * return the schema they name, and (as in JSON Schema) a schema without `type` accepts any JSON value.
 */
export interface ValidationSchema {
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: readonly string[];
  properties?: Readonly<Record<string, ValidationSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: ValidationSchema;
  allOf?: readonly ValidationSchema[];
  oneOf?: readonly ValidationSchema[];
  $ref?: () => ValidationSchema;
  discriminator?: { propertyName: string; mapping: Readonly<Record<string, () => ValidationSchema>> };
  /** At least one of these members must be present and not null. */
  'x-graph-one-of-required'?: readonly string[];
  [keyword: string]: unknown;
}

export const CancelMediaProcessingOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "id": {
      "type": "string"
    },
    "clientContext": {
      "type": "string",
      "nullable": true
    },
    "resultInfo": {
      "allOf": [
        {
          "$ref": () => ResultInfoSchema
        }
      ],
      "nullable": true
    },
    "status": {
      "allOf": [
        {
          "$ref": () => OperationStatusSchema
        }
      ],
      "nullable": true
    },
    "all": {
      "type": "boolean",
      "nullable": true
    }
  },
  "additionalProperties": true
};

export const CancelMediaProcessingRequestSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "all": {
      "type": "boolean"
    },
    "clientContext": {
      "type": "string"
    }
  },
  "additionalProperties": false
};

export const ChangeTypeSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "created",
    "updated",
    "deleted"
  ]
};

export const CommsNotificationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "changeType": {
      "$ref": () => ChangeTypeSchema
    },
    "resourceUrl": {
      "type": "string",
      "nullable": true
    },
    "resource": {
      "type": "string",
      "nullable": true
    },
    "resourceData": {
      "oneOf": [
        {
          "$ref": () => CommsOperationSchema
        },
        {
          "type": "array",
          "items": {
            "$ref": () => CommsOperationSchema
          }
        }
      ]
    }
  },
  "required": [
    "changeType"
  ],
  "additionalProperties": true,
  "x-graph-one-of-required": [
    "resourceUrl",
    "resource"
  ]
};

export const CommsNotificationsSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "value": {
      "type": "array",
      "items": {
        "$ref": () => CommsNotificationSchema
      }
    }
  },
  "required": [
    "value"
  ],
  "additionalProperties": true
};

export const CommsOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "id": {
      "type": "string"
    },
    "clientContext": {
      "type": "string",
      "nullable": true
    },
    "resultInfo": {
      "allOf": [
        {
          "$ref": () => ResultInfoSchema
        }
      ],
      "nullable": true
    },
    "status": {
      "allOf": [
        {
          "$ref": () => OperationStatusSchema
        }
      ],
      "nullable": true
    }
  },
  "additionalProperties": true,
  "discriminator": {
    "propertyName": "@odata.type",
    "mapping": {
      "#microsoft.graph.commsOperation": () => CommsOperationSchema,
      "#microsoft.graph.cancelMediaProcessingOperation": () => CancelMediaProcessingOperationSchema
    }
  }
};

export const ErrorDetailsSchema: ValidationSchema = {
  "type": "object",
  "required": [
    "code",
    "message"
  ],
  "properties": {
    "code": {
      "type": "string"
    },
    "message": {
      "type": "string"
    },
    "target": {
      "type": "string",
      "nullable": true
    }
  },
  "additionalProperties": true
};

export const InnerErrorSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "request-id": {
      "type": "string"
    },
    "client-request-id": {
      "type": "string"
    },
    "date": {
      "type": "string"
    }
  },
  "additionalProperties": true
};

export const MainErrorSchema: ValidationSchema = {
  "type": "object",
  "required": [
    "code",
    "message"
  ],
  "properties": {
    "code": {
      "type": "string"
    },
    "message": {
      "type": "string"
    },
    "target": {
      "type": "string",
      "nullable": true
    },
    "details": {
      "type": "array",
      "items": {
        "$ref": () => ErrorDetailsSchema
      }
    },
    "innerError": {
      "$ref": () => InnerErrorSchema
    }
  },
  "additionalProperties": true
};

export const ODataErrorSchema: ValidationSchema = {
  "type": "object",
  "required": [
    "error"
  ],
  "properties": {
    "error": {
      "$ref": () => MainErrorSchema
    }
  },
  "additionalProperties": true
};

export const OperationStatusSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "notStarted",
    "running",
    "completed",
    "failed"
  ]
};

export const ResultInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "code": {
      "type": "integer",
      "format": "int32"
    },
    "message": {
      "type": "string",
      "nullable": true
    },
    "subcode": {
      "type": "integer",
      "format": "int32"
    }
  },
  "required": [
    "code",
    "subcode"
  ],
  "additionalProperties": true
};

/** Every model's schema, by model name. */
export const componentSchemas = {
  CancelMediaProcessingOperation: CancelMediaProcessingOperationSchema,
  CancelMediaProcessingRequest: CancelMediaProcessingRequestSchema,
  ChangeType: ChangeTypeSchema,
  CommsNotification: CommsNotificationSchema,
  CommsNotifications: CommsNotificationsSchema,
  CommsOperation: CommsOperationSchema,
  ErrorDetails: ErrorDetailsSchema,
  InnerError: InnerErrorSchema,
  MainError: MainErrorSchema,
  ODataError: ODataErrorSchema,
  OperationStatus: OperationStatusSchema,
  ResultInfo: ResultInfoSchema,
};

export type SchemaName = keyof typeof componentSchemas;
