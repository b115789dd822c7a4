// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/ (Microsoft Graph v1.0-Prod.csdl and the 2018 overlay) through
// openapi-generator (typescript-fetch, with codegen/templates/) and ts-morph. Edit spec/ or codegen/ and regenerate.

// Validation data for src/validate.ts: one constant per model (see codegen/postprocess/schemas.ts for why).

import type { ValidationSchema } from '../src/contract.js';

export const AddLargeGalleryViewBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": {
      "type": "string"
    }
  },
  "additionalProperties": false
};

export const AddLargeGalleryViewOperationSchema: ValidationSchema = {
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
  }
};

export const AnswerBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "callbackUri": {
      "type": "string"
    },
    "mediaConfig": {
      "$ref": () => MediaConfigSchema
    },
    "acceptedModalities": {
      "type": "array",
      "items": {
        "$ref": () => ModalitySchema
      }
    },
    "participantCapacity": {
      "type": "integer",
      "format": "int32"
    },
    "callOptions": {
      "$ref": () => IncomingCallOptionsSchema
    }
  },
  "required": [
    "callbackUri",
    "mediaConfig"
  ],
  "additionalProperties": false
};

export const AppHostedMediaConfigSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "blob": {
      "type": "string",
      "nullable": true
    }
  },
  "required": [
    "@odata.type"
  ]
};

export const AzureCommunicationServicesUserIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "azureCommunicationServicesResourceId": {
      "type": "string",
      "nullable": true
    }
  }
};

export const CallSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "id": {
      "type": "string"
    },
    "callbackUri": {
      "type": "string"
    },
    "callChainId": {
      "type": "string",
      "nullable": true
    },
    "callOptions": {
      "allOf": [
        {
          "$ref": () => CallOptionsSchema
        }
      ],
      "nullable": true
    },
    "callRoutes": {
      "type": "array",
      "items": {
        "$ref": () => GraphCallRouteSchema
      }
    },
    "chatInfo": {
      "allOf": [
        {
          "$ref": () => ChatInfoSchema
        }
      ],
      "nullable": true
    },
    "direction": {
      "allOf": [
        {
          "$ref": () => CallDirectionSchema
        }
      ],
      "nullable": true
    },
    "incomingContext": {
      "allOf": [
        {
          "$ref": () => IncomingContextSchema
        }
      ],
      "nullable": true
    },
    "mediaConfig": {
      "allOf": [
        {
          "$ref": () => MediaConfigSchema
        }
      ],
      "nullable": true
    },
    "mediaState": {
      "allOf": [
        {
          "$ref": () => CallMediaStateSchema
        }
      ],
      "nullable": true
    },
    "meetingInfo": {
      "allOf": [
        {
          "$ref": () => MeetingInfoSchema
        }
      ],
      "nullable": true
    },
    "myParticipantId": {
      "type": "string",
      "nullable": true
    },
    "requestedModalities": {
      "type": "array",
      "items": {
        "$ref": () => ModalitySchema
      }
    },
    "resultInfo": {
      "allOf": [
        {
          "$ref": () => ResultInfoSchema
        }
      ],
      "nullable": true
    },
    "source": {
      "allOf": [
        {
          "$ref": () => ParticipantInfoSchema
        }
      ],
      "nullable": true
    },
    "state": {
      "allOf": [
        {
          "$ref": () => CallStateSchema
        }
      ],
      "nullable": true
    },
    "subject": {
      "type": "string",
      "nullable": true
    },
    "targets": {
      "type": "array",
      "items": {
        "$ref": () => InvitationParticipantInfoSchema
      }
    },
    "tenantId": {
      "type": "string",
      "nullable": true
    },
    "toneInfo": {
      "allOf": [
        {
          "$ref": () => ToneInfoSchema
        }
      ],
      "nullable": true
    },
    "transcription": {
      "allOf": [
        {
          "$ref": () => CallTranscriptionInfoSchema
        }
      ],
      "nullable": true
    }
  }
};

export const CallDirectionSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "incoming",
    "outgoing"
  ]
};

export const CallMediaStateSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "audio": {
      "allOf": [
        {
          "$ref": () => MediaStateSchema
        }
      ],
      "nullable": true
    }
  }
};

export const CallOptionsSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "hideBotAfterEscalation": {
      "type": "boolean",
      "nullable": true
    },
    "isContentSharingNotificationEnabled": {
      "type": "boolean",
      "nullable": true
    },
    "isDeltaRosterEnabled": {
      "type": "boolean",
      "nullable": true
    },
    "isInteractiveRosterEnabled": {
      "type": "boolean",
      "nullable": true
    }
  },
  "discriminator": {
    "propertyName": "@odata.type",
    "mapping": {
      "#microsoft.graph.incomingCallOptions": () => IncomingCallOptionsSchema,
      "#microsoft.graph.outgoingCallOptions": () => OutgoingCallOptionsSchema
    }
  },
  "required": [
    "@odata.type"
  ]
};

export const CallRecordsUserIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "userPrincipalName": {
      "type": "string",
      "nullable": true
    }
  }
};

export const CallStateSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "incoming",
    "establishing",
    "established",
    "hold",
    "transferring",
    "transferAccepted",
    "redirecting",
    "terminating",
    "terminated",
    "unknownFutureValue"
  ]
};

export const CallTranscriptionInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "lastModifiedDateTime": {
      "type": "string",
      "nullable": true
    },
    "state": {
      "$ref": () => CallTranscriptionStateSchema
    }
  },
  "required": [
    "state"
  ]
};

export const CallTranscriptionStateSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "notStarted",
    "active",
    "inactive",
    "unknownFutureValue"
  ]
};

export const CancelMediaProcessingBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": {
      "type": "string"
    },
    "all": {
      "type": "boolean"
    }
  },
  "additionalProperties": false
};

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
  }
};

export const ChangeScreenSharingRoleBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "role": {
      "$ref": () => ScreenSharingRoleSchema
    }
  },
  "required": [
    "role"
  ],
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

export const ChatInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "messageId": {
      "type": "string",
      "nullable": true
    },
    "replyChainMessageId": {
      "type": "string",
      "nullable": true
    },
    "threadId": {
      "type": "string",
      "nullable": true
    }
  }
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
          "$ref": () => CommsResourceSchema
        },
        {
          "type": "array",
          "items": {
            "$ref": () => CommsResourceSchema
          }
        }
      ]
    }
  },
  "required": [
    "changeType"
  ],
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
  ]
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
  "discriminator": {
    "propertyName": "@odata.type",
    "mapping": {
      "#microsoft.graph.commsOperation": () => CommsOperationSchema,
      "#microsoft.graph.addLargeGalleryViewOperation": () => AddLargeGalleryViewOperationSchema,
      "#microsoft.graph.cancelMediaProcessingOperation": () => CancelMediaProcessingOperationSchema,
      "#microsoft.graph.inviteParticipantsOperation": () => InviteParticipantsOperationSchema,
      "#microsoft.graph.muteParticipantOperation": () => MuteParticipantOperationSchema,
      "#microsoft.graph.playPromptOperation": () => PlayPromptOperationSchema,
      "#microsoft.graph.recordOperation": () => RecordOperationSchema,
      "#microsoft.graph.sendDtmfTonesOperation": () => SendDtmfTonesOperationSchema,
      "#microsoft.graph.startHoldMusicOperation": () => StartHoldMusicOperationSchema,
      "#microsoft.graph.stopHoldMusicOperation": () => StopHoldMusicOperationSchema,
      "#microsoft.graph.subscribeToToneOperation": () => SubscribeToToneOperationSchema,
      "#microsoft.graph.unmuteParticipantOperation": () => UnmuteParticipantOperationSchema,
      "#microsoft.graph.updateRecordingStatusOperation": () => UpdateRecordingStatusOperationSchema
    }
  }
};

export const CommsResourceSchema: ValidationSchema = {
  "type": "object",
  "oneOf": [
    {
      "$ref": () => CommsOperationSchema
    },
    {
      "$ref": () => CallSchema
    },
    {
      "$ref": () => ParticipantSchema
    }
  ],
  "discriminator": {
    "propertyName": "@odata.type",
    "mapping": {
      "#microsoft.graph.commsOperation": () => CommsOperationSchema,
      "#microsoft.graph.addLargeGalleryViewOperation": () => AddLargeGalleryViewOperationSchema,
      "#microsoft.graph.cancelMediaProcessingOperation": () => CancelMediaProcessingOperationSchema,
      "#microsoft.graph.inviteParticipantsOperation": () => InviteParticipantsOperationSchema,
      "#microsoft.graph.muteParticipantOperation": () => MuteParticipantOperationSchema,
      "#microsoft.graph.playPromptOperation": () => PlayPromptOperationSchema,
      "#microsoft.graph.recordOperation": () => RecordOperationSchema,
      "#microsoft.graph.sendDtmfTonesOperation": () => SendDtmfTonesOperationSchema,
      "#microsoft.graph.startHoldMusicOperation": () => StartHoldMusicOperationSchema,
      "#microsoft.graph.stopHoldMusicOperation": () => StopHoldMusicOperationSchema,
      "#microsoft.graph.subscribeToToneOperation": () => SubscribeToToneOperationSchema,
      "#microsoft.graph.unmuteParticipantOperation": () => UnmuteParticipantOperationSchema,
      "#microsoft.graph.updateRecordingStatusOperation": () => UpdateRecordingStatusOperationSchema,
      "#microsoft.graph.call": () => CallSchema,
      "#microsoft.graph.participant": () => ParticipantSchema
    }
  }
};

export const CommunicationsApplicationIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "applicationType": {
      "type": "string",
      "nullable": true
    },
    "hidden": {
      "type": "boolean",
      "nullable": true
    }
  }
};

export const CommunicationsApplicationInstanceIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "hidden": {
      "type": "boolean",
      "nullable": true
    },
    "tenantId": {
      "type": "string",
      "nullable": true
    }
  }
};

export const CommunicationsEncryptedIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    }
  }
};

export const CommunicationsGuestIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "email": {
      "type": "string",
      "nullable": true
    }
  }
};

export const CommunicationsPhoneIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    }
  }
};

export const CommunicationsUserIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "tenantId": {
      "type": "string",
      "nullable": true
    }
  }
};

export const DetailsInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    }
  }
};

export const EmailIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "email": {
      "type": "string",
      "nullable": true
    }
  }
};

export const EndpointTypeSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "default",
    "voicemail",
    "skypeForBusiness",
    "skypeForBusinessVoipPhone",
    "unknownFutureValue"
  ]
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
  }
};

export const GraphCallRouteSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "final": {
      "$ref": () => IdentitySetSchema
    },
    "original": {
      "$ref": () => IdentitySetSchema
    },
    "routingType": {
      "$ref": () => RoutingTypeSchema
    }
  },
  "required": [
    "final",
    "original",
    "routingType"
  ]
};

export const IdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    }
  },
  "discriminator": {
    "propertyName": "@odata.type",
    "mapping": {
      "#microsoft.graph.identity": () => IdentitySchema,
      "#microsoft.graph.azureCommunicationServicesUserIdentity": () => AzureCommunicationServicesUserIdentitySchema,
      "#microsoft.graph.callRecords.userIdentity": () => CallRecordsUserIdentitySchema,
      "#microsoft.graph.communicationsApplicationIdentity": () => CommunicationsApplicationIdentitySchema,
      "#microsoft.graph.communicationsApplicationInstanceIdentity": () => CommunicationsApplicationInstanceIdentitySchema,
      "#microsoft.graph.communicationsEncryptedIdentity": () => CommunicationsEncryptedIdentitySchema,
      "#microsoft.graph.communicationsGuestIdentity": () => CommunicationsGuestIdentitySchema,
      "#microsoft.graph.communicationsPhoneIdentity": () => CommunicationsPhoneIdentitySchema,
      "#microsoft.graph.communicationsUserIdentity": () => CommunicationsUserIdentitySchema,
      "#microsoft.graph.emailIdentity": () => EmailIdentitySchema,
      "#microsoft.graph.initiator": () => InitiatorSchema,
      "#microsoft.graph.provisionedIdentity": () => ProvisionedIdentitySchema,
      "#microsoft.graph.provisioningServicePrincipal": () => ProvisioningServicePrincipalSchema,
      "#microsoft.graph.provisioningSystem": () => ProvisioningSystemSchema,
      "#microsoft.graph.servicePrincipalIdentity": () => ServicePrincipalIdentitySchema,
      "#microsoft.graph.sharePointGroupIdentity": () => SharePointGroupIdentitySchema,
      "#microsoft.graph.sharePointIdentity": () => SharePointIdentitySchema,
      "#microsoft.graph.teamworkApplicationIdentity": () => TeamworkApplicationIdentitySchema,
      "#microsoft.graph.teamworkConversationIdentity": () => TeamworkConversationIdentitySchema,
      "#microsoft.graph.teamworkTagIdentity": () => TeamworkTagIdentitySchema,
      "#microsoft.graph.teamworkUserIdentity": () => TeamworkUserIdentitySchema,
      "#microsoft.graph.userIdentity": () => UserIdentitySchema
    }
  }
};

export const IdentitySetSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "application": {
      "allOf": [
        {
          "$ref": () => IdentitySchema
        }
      ],
      "nullable": true
    },
    "device": {
      "allOf": [
        {
          "$ref": () => IdentitySchema
        }
      ],
      "nullable": true
    },
    "user": {
      "allOf": [
        {
          "$ref": () => IdentitySchema
        }
      ],
      "nullable": true
    }
  }
};

export const IncomingCallOptionsSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "hideBotAfterEscalation": {
      "type": "boolean",
      "nullable": true
    },
    "isContentSharingNotificationEnabled": {
      "type": "boolean",
      "nullable": true
    },
    "isDeltaRosterEnabled": {
      "type": "boolean",
      "nullable": true
    },
    "isInteractiveRosterEnabled": {
      "type": "boolean",
      "nullable": true
    }
  },
  "required": [
    "@odata.type"
  ]
};

export const IncomingContextSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "observedParticipantId": {
      "type": "string",
      "nullable": true
    },
    "onBehalfOf": {
      "allOf": [
        {
          "$ref": () => IdentitySetSchema
        }
      ],
      "nullable": true
    },
    "sourceParticipantId": {
      "type": "string",
      "nullable": true
    },
    "transferor": {
      "allOf": [
        {
          "$ref": () => IdentitySetSchema
        }
      ],
      "nullable": true
    }
  }
};

export const InitiatorSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "initiatorType": {
      "allOf": [
        {
          "$ref": () => InitiatorTypeSchema
        }
      ],
      "nullable": true
    }
  }
};

export const InitiatorTypeSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "user",
    "application",
    "system",
    "unknownFutureValue"
  ]
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
  }
};

export const InvitationParticipantInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "hidden": {
      "type": "boolean",
      "nullable": true
    },
    "identity": {
      "$ref": () => IdentitySetSchema
    },
    "participantId": {
      "type": "string",
      "nullable": true
    },
    "removeFromDefaultAudioRoutingGroup": {
      "type": "boolean",
      "nullable": true
    },
    "replacesCallId": {
      "type": "string",
      "nullable": true
    }
  },
  "required": [
    "identity"
  ]
};

export const InviteParticipantsBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "participants": {
      "type": "array",
      "items": {
        "$ref": () => InvitationParticipantInfoSchema
      }
    },
    "clientContext": {
      "type": "string"
    }
  },
  "required": [
    "participants"
  ],
  "additionalProperties": false
};

export const InviteParticipantsOperationSchema: ValidationSchema = {
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
    "participants": {
      "type": "array",
      "items": {
        "$ref": () => InvitationParticipantInfoSchema
      }
    }
  }
};

export const JoinMeetingIdMeetingInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "joinMeetingId": {
      "type": "string"
    },
    "passcode": {
      "type": "string",
      "nullable": true
    }
  },
  "required": [
    "@odata.type",
    "joinMeetingId"
  ]
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
  }
};

export const MediaConfigSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    }
  },
  "discriminator": {
    "propertyName": "@odata.type",
    "mapping": {
      "#microsoft.graph.appHostedMediaConfig": () => AppHostedMediaConfigSchema,
      "#microsoft.graph.serviceHostedMediaConfig": () => ServiceHostedMediaConfigSchema
    }
  },
  "required": [
    "@odata.type"
  ]
};

export const MediaDirectionSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "inactive",
    "sendOnly",
    "receiveOnly",
    "sendReceive"
  ]
};

export const MediaInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "resourceId": {
      "type": "string",
      "nullable": true
    },
    "uri": {
      "type": "string"
    }
  },
  "required": [
    "uri"
  ]
};

export const MediaPromptSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "mediaInfo": {
      "$ref": () => MediaInfoSchema
    }
  },
  "required": [
    "@odata.type",
    "mediaInfo"
  ]
};

export const MediaStateSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "active",
    "inactive",
    "unknownFutureValue"
  ]
};

export const MediaStreamSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "direction": {
      "$ref": () => MediaDirectionSchema
    },
    "label": {
      "type": "string",
      "nullable": true
    },
    "mediaType": {
      "$ref": () => ModalitySchema
    },
    "serverMuted": {
      "type": "boolean"
    },
    "sourceId": {
      "type": "string"
    }
  },
  "required": [
    "direction",
    "mediaType",
    "serverMuted",
    "sourceId"
  ]
};

export const MeetingInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    }
  },
  "discriminator": {
    "propertyName": "@odata.type",
    "mapping": {
      "#microsoft.graph.joinMeetingIdMeetingInfo": () => JoinMeetingIdMeetingInfoSchema,
      "#microsoft.graph.organizerMeetingInfo": () => OrganizerMeetingInfoSchema,
      "#microsoft.graph.tokenMeetingInfo": () => TokenMeetingInfoSchema
    }
  },
  "required": [
    "@odata.type"
  ]
};

export const ModalitySchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "audio",
    "video",
    "videoBasedScreenSharing",
    "data",
    "unknownFutureValue"
  ]
};

export const MuteBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": {
      "type": "string"
    }
  },
  "additionalProperties": false
};

export const MuteParticipantBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": {
      "type": "string"
    }
  },
  "additionalProperties": false
};

export const MuteParticipantOperationSchema: ValidationSchema = {
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
  }
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
  }
};

export const OnlineMeetingContentSharingDisabledReasonSchema: ValidationSchema = {
  "type": "string"
};

export const OnlineMeetingRestrictedSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "contentSharingDisabled": {
      "allOf": [
        {
          "$ref": () => OnlineMeetingContentSharingDisabledReasonSchema
        }
      ],
      "nullable": true
    },
    "videoDisabled": {
      "allOf": [
        {
          "$ref": () => OnlineMeetingVideoDisabledReasonSchema
        }
      ],
      "nullable": true
    }
  }
};

export const OnlineMeetingVideoDisabledReasonSchema: ValidationSchema = {
  "type": "string"
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

export const OrganizerMeetingInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "organizer": {
      "$ref": () => IdentitySetSchema
    }
  },
  "required": [
    "@odata.type",
    "organizer"
  ]
};

export const OutgoingCallOptionsSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "hideBotAfterEscalation": {
      "type": "boolean",
      "nullable": true
    },
    "isContentSharingNotificationEnabled": {
      "type": "boolean",
      "nullable": true
    },
    "isDeltaRosterEnabled": {
      "type": "boolean",
      "nullable": true
    },
    "isInteractiveRosterEnabled": {
      "type": "boolean",
      "nullable": true
    }
  },
  "required": [
    "@odata.type"
  ]
};

export const ParticipantSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "id": {
      "type": "string"
    },
    "info": {
      "$ref": () => ParticipantInfoSchema
    },
    "isInLobby": {
      "type": "boolean"
    },
    "isMuted": {
      "type": "boolean"
    },
    "mediaStreams": {
      "type": "array",
      "items": {
        "$ref": () => MediaStreamSchema
      }
    },
    "metadata": {
      "type": "string",
      "nullable": true
    },
    "recordingInfo": {
      "allOf": [
        {
          "$ref": () => RecordingInfoSchema
        }
      ],
      "nullable": true
    },
    "removedState": {
      "allOf": [
        {
          "$ref": () => RemovedStateSchema
        }
      ],
      "nullable": true
    },
    "restrictedExperience": {
      "allOf": [
        {
          "$ref": () => OnlineMeetingRestrictedSchema
        }
      ],
      "nullable": true
    },
    "rosterSequenceNumber": {
      "type": "integer",
      "format": "int64",
      "nullable": true
    }
  }
};

export const ParticipantCollectionResponseSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "value": {
      "type": "array",
      "items": {
        "$ref": () => ParticipantSchema
      }
    },
    "@odata.nextLink": {
      "type": "string",
      "nullable": true
    }
  },
  "required": [
    "value"
  ]
};

export const ParticipantInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "countryCode": {
      "type": "string",
      "nullable": true
    },
    "endpointType": {
      "allOf": [
        {
          "$ref": () => EndpointTypeSchema
        }
      ],
      "nullable": true
    },
    "identity": {
      "$ref": () => IdentitySetSchema
    },
    "languageId": {
      "type": "string",
      "nullable": true
    },
    "participantId": {
      "type": "string",
      "nullable": true
    },
    "region": {
      "type": "string",
      "nullable": true
    }
  },
  "required": [
    "identity"
  ]
};

export const PlayPromptBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "prompts": {
      "type": "array",
      "items": {
        "$ref": () => PromptSchema
      }
    },
    "clientContext": {
      "type": "string"
    }
  },
  "required": [
    "prompts"
  ],
  "additionalProperties": false
};

export const PlayPromptOperationSchema: ValidationSchema = {
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
  }
};

export const PromptSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    }
  },
  "discriminator": {
    "propertyName": "@odata.type",
    "mapping": {
      "#microsoft.graph.mediaPrompt": () => MediaPromptSchema
    }
  },
  "required": [
    "@odata.type"
  ]
};

export const ProvisionedIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "details": {
      "allOf": [
        {
          "$ref": () => DetailsInfoSchema
        }
      ],
      "nullable": true
    },
    "identityType": {
      "type": "string",
      "nullable": true
    }
  }
};

export const ProvisioningServicePrincipalSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    }
  }
};

export const ProvisioningSystemSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "details": {
      "allOf": [
        {
          "$ref": () => DetailsInfoSchema
        }
      ],
      "nullable": true
    }
  }
};

export const RecordingInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "initiator": {
      "allOf": [
        {
          "$ref": () => IdentitySetSchema
        }
      ],
      "nullable": true
    },
    "recordingStatus": {
      "$ref": () => RecordingStatusSchema
    }
  },
  "required": [
    "recordingStatus"
  ]
};

export const RecordingStatusSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "unknown",
    "notRecording",
    "recording",
    "failed",
    "unknownFutureValue"
  ]
};

export const RecordOperationSchema: ValidationSchema = {
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
    "recordingAccessToken": {
      "type": "string",
      "nullable": true
    },
    "recordingLocation": {
      "type": "string",
      "nullable": true
    }
  }
};

export const RecordResponseBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "prompts": {
      "type": "array",
      "items": {
        "$ref": () => PromptSchema
      }
    },
    "bargeInAllowed": {
      "type": "boolean"
    },
    "initialSilenceTimeoutInSeconds": {
      "type": "integer",
      "format": "int32"
    },
    "maxSilenceTimeoutInSeconds": {
      "type": "integer",
      "format": "int32"
    },
    "maxRecordDurationInSeconds": {
      "type": "integer",
      "format": "int32"
    },
    "playBeep": {
      "type": "boolean"
    },
    "stopTones": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "clientContext": {
      "type": "string"
    }
  },
  "additionalProperties": false
};

export const RedirectBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "targets": {
      "type": "array",
      "items": {
        "$ref": () => InvitationParticipantInfoSchema
      }
    },
    "timeout": {
      "type": "integer",
      "format": "int32"
    },
    "callbackUri": {
      "type": "string"
    }
  },
  "required": [
    "targets"
  ],
  "additionalProperties": false
};

export const RejectBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "reason": {
      "$ref": () => RejectReasonSchema
    },
    "callbackUri": {
      "type": "string"
    }
  },
  "additionalProperties": false
};

export const RejectReasonSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "none",
    "busy",
    "forbidden",
    "unknownFutureValue"
  ]
};

export const RemovedStateSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "reason": {
      "type": "string",
      "nullable": true
    }
  }
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
  ]
};

export const RoutingTypeSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "forwarded",
    "lookup",
    "selfFork",
    "unknownFutureValue"
  ]
};

export const ScreenSharingRoleSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "viewer",
    "sharer"
  ]
};

export const SendDtmfCompletionReasonSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "unknown",
    "completedSuccessfully",
    "mediaOperationCanceled",
    "unknownFutureValue"
  ]
};

export const SendDtmfTonesBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "tones": {
      "type": "array",
      "items": {
        "$ref": () => ToneSchema
      }
    },
    "delayBetweenTonesMs": {
      "type": "integer",
      "format": "int32"
    },
    "clientContext": {
      "type": "string"
    }
  },
  "required": [
    "tones"
  ],
  "additionalProperties": false
};

export const SendDtmfTonesOperationSchema: ValidationSchema = {
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
    "completionReason": {
      "allOf": [
        {
          "$ref": () => SendDtmfCompletionReasonSchema
        }
      ],
      "nullable": true
    }
  }
};

export const ServiceHostedMediaConfigSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "preFetchMedia": {
      "type": "array",
      "items": {
        "$ref": () => MediaInfoSchema
      }
    }
  },
  "required": [
    "@odata.type"
  ]
};

export const ServicePrincipalIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "appId": {
      "type": "string",
      "nullable": true
    }
  }
};

export const SharePointGroupIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "principalId": {
      "type": "string",
      "nullable": true
    },
    "title": {
      "type": "string",
      "nullable": true
    }
  }
};

export const SharePointIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "loginName": {
      "type": "string",
      "nullable": true
    }
  }
};

export const StartHoldMusicBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "customPrompt": {
      "$ref": () => PromptSchema
    },
    "clientContext": {
      "type": "string"
    }
  },
  "additionalProperties": false
};

export const StartHoldMusicOperationSchema: ValidationSchema = {
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
  }
};

export const StopHoldMusicBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": {
      "type": "string"
    }
  },
  "additionalProperties": false
};

export const StopHoldMusicOperationSchema: ValidationSchema = {
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
  }
};

export const SubscribeToToneBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": {
      "type": "string"
    }
  },
  "additionalProperties": false
};

export const SubscribeToToneOperationSchema: ValidationSchema = {
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
  }
};

export const TeamworkApplicationIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "applicationIdentityType": {
      "allOf": [
        {
          "$ref": () => TeamworkApplicationIdentityTypeSchema
        }
      ],
      "nullable": true
    }
  }
};

export const TeamworkApplicationIdentityTypeSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "aadApplication",
    "bot",
    "tenantBot",
    "office365Connector",
    "outgoingWebhook",
    "unknownFutureValue"
  ]
};

export const TeamworkConversationIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "conversationIdentityType": {
      "allOf": [
        {
          "$ref": () => TeamworkConversationIdentityTypeSchema
        }
      ],
      "nullable": true
    }
  }
};

export const TeamworkConversationIdentityTypeSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "team",
    "channel",
    "chat",
    "unknownFutureValue"
  ]
};

export const TeamworkTagIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    }
  }
};

export const TeamworkUserIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "userIdentityType": {
      "allOf": [
        {
          "$ref": () => TeamworkUserIdentityTypeSchema
        }
      ],
      "nullable": true
    }
  }
};

export const TeamworkUserIdentityTypeSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "aadUser",
    "onPremiseAadUser",
    "anonymousGuest",
    "federatedUser",
    "personalMicrosoftAccountUser",
    "skypeUser",
    "phoneUser",
    "unknownFutureValue",
    "emailUser"
  ]
};

export const TokenMeetingInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "token": {
      "type": "string"
    }
  },
  "required": [
    "@odata.type",
    "token"
  ]
};

export const ToneSchema: ValidationSchema = {
  "type": "string",
  "enum": [
    "tone0",
    "tone1",
    "tone2",
    "tone3",
    "tone4",
    "tone5",
    "tone6",
    "tone7",
    "tone8",
    "tone9",
    "star",
    "pound",
    "a",
    "b",
    "c",
    "d",
    "flash"
  ]
};

export const ToneInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "sequenceId": {
      "type": "integer",
      "format": "int64"
    },
    "tone": {
      "$ref": () => ToneSchema
    }
  },
  "required": [
    "sequenceId",
    "tone"
  ]
};

export const TransferBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "transferTarget": {
      "$ref": () => InvitationParticipantInfoSchema
    },
    "transferee": {
      "$ref": () => ParticipantInfoSchema
    }
  },
  "required": [
    "transferTarget"
  ],
  "additionalProperties": false
};

export const UnmuteBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": {
      "type": "string"
    }
  },
  "additionalProperties": false
};

export const UnmuteParticipantOperationSchema: ValidationSchema = {
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
  }
};

export const UpdateRecordingStatusBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "status": {
      "$ref": () => RecordingStatusSchema
    },
    "clientContext": {
      "type": "string"
    }
  },
  "required": [
    "status"
  ],
  "additionalProperties": false
};

export const UpdateRecordingStatusOperationSchema: ValidationSchema = {
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
  }
};

export const UserIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": {
      "type": "string"
    },
    "displayName": {
      "type": "string",
      "nullable": true
    },
    "id": {
      "type": "string",
      "nullable": true
    },
    "ipAddress": {
      "type": "string",
      "nullable": true
    },
    "userPrincipalName": {
      "type": "string",
      "nullable": true
    }
  }
};

/** Every model's schema, by model name. */
export const componentSchemas = {
  AddLargeGalleryViewBody: AddLargeGalleryViewBodySchema,
  AddLargeGalleryViewOperation: AddLargeGalleryViewOperationSchema,
  AnswerBody: AnswerBodySchema,
  AppHostedMediaConfig: AppHostedMediaConfigSchema,
  AzureCommunicationServicesUserIdentity: AzureCommunicationServicesUserIdentitySchema,
  Call: CallSchema,
  CallDirection: CallDirectionSchema,
  CallMediaState: CallMediaStateSchema,
  CallOptions: CallOptionsSchema,
  CallRecordsUserIdentity: CallRecordsUserIdentitySchema,
  CallState: CallStateSchema,
  CallTranscriptionInfo: CallTranscriptionInfoSchema,
  CallTranscriptionState: CallTranscriptionStateSchema,
  CancelMediaProcessingBody: CancelMediaProcessingBodySchema,
  CancelMediaProcessingOperation: CancelMediaProcessingOperationSchema,
  ChangeScreenSharingRoleBody: ChangeScreenSharingRoleBodySchema,
  ChangeType: ChangeTypeSchema,
  ChatInfo: ChatInfoSchema,
  CommsNotification: CommsNotificationSchema,
  CommsNotifications: CommsNotificationsSchema,
  CommsOperation: CommsOperationSchema,
  CommsResource: CommsResourceSchema,
  CommunicationsApplicationIdentity: CommunicationsApplicationIdentitySchema,
  CommunicationsApplicationInstanceIdentity: CommunicationsApplicationInstanceIdentitySchema,
  CommunicationsEncryptedIdentity: CommunicationsEncryptedIdentitySchema,
  CommunicationsGuestIdentity: CommunicationsGuestIdentitySchema,
  CommunicationsPhoneIdentity: CommunicationsPhoneIdentitySchema,
  CommunicationsUserIdentity: CommunicationsUserIdentitySchema,
  DetailsInfo: DetailsInfoSchema,
  EmailIdentity: EmailIdentitySchema,
  EndpointType: EndpointTypeSchema,
  ErrorDetails: ErrorDetailsSchema,
  GraphCallRoute: GraphCallRouteSchema,
  Identity: IdentitySchema,
  IdentitySet: IdentitySetSchema,
  IncomingCallOptions: IncomingCallOptionsSchema,
  IncomingContext: IncomingContextSchema,
  Initiator: InitiatorSchema,
  InitiatorType: InitiatorTypeSchema,
  InnerError: InnerErrorSchema,
  InvitationParticipantInfo: InvitationParticipantInfoSchema,
  InviteParticipantsBody: InviteParticipantsBodySchema,
  InviteParticipantsOperation: InviteParticipantsOperationSchema,
  JoinMeetingIdMeetingInfo: JoinMeetingIdMeetingInfoSchema,
  MainError: MainErrorSchema,
  MediaConfig: MediaConfigSchema,
  MediaDirection: MediaDirectionSchema,
  MediaInfo: MediaInfoSchema,
  MediaPrompt: MediaPromptSchema,
  MediaState: MediaStateSchema,
  MediaStream: MediaStreamSchema,
  MeetingInfo: MeetingInfoSchema,
  Modality: ModalitySchema,
  MuteBody: MuteBodySchema,
  MuteParticipantBody: MuteParticipantBodySchema,
  MuteParticipantOperation: MuteParticipantOperationSchema,
  ODataError: ODataErrorSchema,
  OnlineMeetingContentSharingDisabledReason: OnlineMeetingContentSharingDisabledReasonSchema,
  OnlineMeetingRestricted: OnlineMeetingRestrictedSchema,
  OnlineMeetingVideoDisabledReason: OnlineMeetingVideoDisabledReasonSchema,
  OperationStatus: OperationStatusSchema,
  OrganizerMeetingInfo: OrganizerMeetingInfoSchema,
  OutgoingCallOptions: OutgoingCallOptionsSchema,
  Participant: ParticipantSchema,
  ParticipantCollectionResponse: ParticipantCollectionResponseSchema,
  ParticipantInfo: ParticipantInfoSchema,
  PlayPromptBody: PlayPromptBodySchema,
  PlayPromptOperation: PlayPromptOperationSchema,
  Prompt: PromptSchema,
  ProvisionedIdentity: ProvisionedIdentitySchema,
  ProvisioningServicePrincipal: ProvisioningServicePrincipalSchema,
  ProvisioningSystem: ProvisioningSystemSchema,
  RecordingInfo: RecordingInfoSchema,
  RecordingStatus: RecordingStatusSchema,
  RecordOperation: RecordOperationSchema,
  RecordResponseBody: RecordResponseBodySchema,
  RedirectBody: RedirectBodySchema,
  RejectBody: RejectBodySchema,
  RejectReason: RejectReasonSchema,
  RemovedState: RemovedStateSchema,
  ResultInfo: ResultInfoSchema,
  RoutingType: RoutingTypeSchema,
  ScreenSharingRole: ScreenSharingRoleSchema,
  SendDtmfCompletionReason: SendDtmfCompletionReasonSchema,
  SendDtmfTonesBody: SendDtmfTonesBodySchema,
  SendDtmfTonesOperation: SendDtmfTonesOperationSchema,
  ServiceHostedMediaConfig: ServiceHostedMediaConfigSchema,
  ServicePrincipalIdentity: ServicePrincipalIdentitySchema,
  SharePointGroupIdentity: SharePointGroupIdentitySchema,
  SharePointIdentity: SharePointIdentitySchema,
  StartHoldMusicBody: StartHoldMusicBodySchema,
  StartHoldMusicOperation: StartHoldMusicOperationSchema,
  StopHoldMusicBody: StopHoldMusicBodySchema,
  StopHoldMusicOperation: StopHoldMusicOperationSchema,
  SubscribeToToneBody: SubscribeToToneBodySchema,
  SubscribeToToneOperation: SubscribeToToneOperationSchema,
  TeamworkApplicationIdentity: TeamworkApplicationIdentitySchema,
  TeamworkApplicationIdentityType: TeamworkApplicationIdentityTypeSchema,
  TeamworkConversationIdentity: TeamworkConversationIdentitySchema,
  TeamworkConversationIdentityType: TeamworkConversationIdentityTypeSchema,
  TeamworkTagIdentity: TeamworkTagIdentitySchema,
  TeamworkUserIdentity: TeamworkUserIdentitySchema,
  TeamworkUserIdentityType: TeamworkUserIdentityTypeSchema,
  TokenMeetingInfo: TokenMeetingInfoSchema,
  Tone: ToneSchema,
  ToneInfo: ToneInfoSchema,
  TransferBody: TransferBodySchema,
  UnmuteBody: UnmuteBodySchema,
  UnmuteParticipantOperation: UnmuteParticipantOperationSchema,
  UpdateRecordingStatusBody: UpdateRecordingStatusBodySchema,
  UpdateRecordingStatusOperation: UpdateRecordingStatusOperationSchema,
  UserIdentity: UserIdentitySchema,
};

export type SchemaName = keyof typeof componentSchemas;
