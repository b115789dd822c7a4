// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator
// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.

export const componentSchemas = {
  "CancelMediaProcessingOperation": {
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
            "$ref": "#/components/schemas/ResultInfo"
          }
        ],
        "nullable": true
      },
      "status": {
        "allOf": [
          {
            "$ref": "#/components/schemas/OperationStatus"
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
  },
  "CancelMediaProcessingRequest": {
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
  },
  "ChangeType": {
    "type": "string",
    "enum": [
      "created",
      "updated",
      "deleted"
    ]
  },
  "CommsNotification": {
    "type": "object",
    "properties": {
      "@odata.type": {
        "type": "string"
      },
      "changeType": {
        "$ref": "#/components/schemas/ChangeType"
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
            "$ref": "#/components/schemas/CommsOperation"
          },
          {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CommsOperation"
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
  },
  "CommsNotifications": {
    "type": "object",
    "properties": {
      "@odata.type": {
        "type": "string"
      },
      "value": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CommsNotification"
        }
      }
    },
    "required": [
      "value"
    ],
    "additionalProperties": true
  },
  "CommsOperation": {
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
            "$ref": "#/components/schemas/ResultInfo"
          }
        ],
        "nullable": true
      },
      "status": {
        "allOf": [
          {
            "$ref": "#/components/schemas/OperationStatus"
          }
        ],
        "nullable": true
      }
    },
    "additionalProperties": true,
    "discriminator": {
      "propertyName": "@odata.type",
      "mapping": {
        "#microsoft.graph.commsOperation": "#/components/schemas/CommsOperation",
        "#microsoft.graph.cancelMediaProcessingOperation": "#/components/schemas/CancelMediaProcessingOperation"
      }
    }
  },
  "ErrorDetails": {
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
  },
  "InnerError": {
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
  },
  "MainError": {
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
          "$ref": "#/components/schemas/ErrorDetails"
        }
      },
      "innerError": {
        "$ref": "#/components/schemas/InnerError"
      }
    },
    "additionalProperties": true
  },
  "ODataError": {
    "type": "object",
    "required": [
      "error"
    ],
    "properties": {
      "error": {
        "$ref": "#/components/schemas/MainError"
      }
    },
    "additionalProperties": true
  },
  "OperationStatus": {
    "type": "string",
    "enum": [
      "notStarted",
      "running",
      "completed",
      "failed"
    ]
  },
  "ResultInfo": {
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
  }
} as const;
export type SchemaName = keyof typeof componentSchemas;
