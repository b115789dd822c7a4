// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/ (Microsoft Graph v1.0-Prod.csdl and the 2018 overlay) through
// openapi-generator (typescript-fetch, with codegen/templates/) and ts-morph. Edit spec/ or codegen/ and regenerate.

// Validation data for src/validate.ts: one constant per model (see codegen/postprocess/schemas.ts for why).

import type { ValidationSchema } from '../src/contract.js';

// Shapes many members share, each written once.
const STRING: ValidationSchema = { type: 'string' };
const NULLABLE_STRING: ValidationSchema = { type: 'string', nullable: true };
const NULLABLE_BOOLEAN: ValidationSchema = { type: 'boolean', nullable: true };
/** A member of another model's type, or null. */
const nullableRef = ($ref: () => ValidationSchema): ValidationSchema => ({ allOf: [{ $ref }], nullable: true });
/** An array of another model. */
const arrayOf = ($ref: () => ValidationSchema): ValidationSchema => ({ type: 'array', items: { $ref } });

export const AddLargeGalleryViewBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": STRING
  },
  "additionalProperties": false
};

export const AddLargeGalleryViewOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema)
  }
};

export const AnswerBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "callbackUri": STRING,
    "mediaConfig": {
      "$ref": () => MediaConfigSchema
    },
    "acceptedModalities": /* @__PURE__ */ arrayOf(() => ModalitySchema),
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
    "@odata.type": STRING,
    "blob": NULLABLE_STRING
  },
  "required": [
    "@odata.type"
  ]
};

export const AzureCommunicationServicesUserIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "azureCommunicationServicesResourceId": NULLABLE_STRING
  }
};

export const CallSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "callbackUri": STRING,
    "callChainId": NULLABLE_STRING,
    "callOptions": /* @__PURE__ */ nullableRef(() => CallOptionsSchema),
    "callRoutes": /* @__PURE__ */ arrayOf(() => GraphCallRouteSchema),
    "chatInfo": /* @__PURE__ */ nullableRef(() => ChatInfoSchema),
    "direction": /* @__PURE__ */ nullableRef(() => CallDirectionSchema),
    "incomingContext": /* @__PURE__ */ nullableRef(() => IncomingContextSchema),
    "mediaConfig": /* @__PURE__ */ nullableRef(() => MediaConfigSchema),
    "mediaState": /* @__PURE__ */ nullableRef(() => CallMediaStateSchema),
    "meetingInfo": /* @__PURE__ */ nullableRef(() => MeetingInfoSchema),
    "myParticipantId": NULLABLE_STRING,
    "requestedModalities": /* @__PURE__ */ arrayOf(() => ModalitySchema),
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "source": /* @__PURE__ */ nullableRef(() => ParticipantInfoSchema),
    "state": /* @__PURE__ */ nullableRef(() => CallStateSchema),
    "subject": NULLABLE_STRING,
    "targets": /* @__PURE__ */ arrayOf(() => InvitationParticipantInfoSchema),
    "tenantId": NULLABLE_STRING,
    "toneInfo": /* @__PURE__ */ nullableRef(() => ToneInfoSchema),
    "transcription": /* @__PURE__ */ nullableRef(() => CallTranscriptionInfoSchema)
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
    "@odata.type": STRING,
    "audio": /* @__PURE__ */ nullableRef(() => MediaStateSchema)
  }
};

export const CallOptionsSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "hideBotAfterEscalation": NULLABLE_BOOLEAN,
    "isContentSharingNotificationEnabled": NULLABLE_BOOLEAN,
    "isDeltaRosterEnabled": NULLABLE_BOOLEAN,
    "isInteractiveRosterEnabled": NULLABLE_BOOLEAN
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
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "userPrincipalName": NULLABLE_STRING
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
    "@odata.type": STRING,
    "lastModifiedDateTime": NULLABLE_STRING,
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
    "clientContext": STRING,
    "all": {
      "type": "boolean"
    }
  },
  "additionalProperties": false
};

export const CancelMediaProcessingOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema),
    "all": NULLABLE_BOOLEAN
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
    "@odata.type": STRING,
    "messageId": NULLABLE_STRING,
    "replyChainMessageId": NULLABLE_STRING,
    "threadId": NULLABLE_STRING
  }
};

export const CommsNotificationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "changeType": {
      "$ref": () => ChangeTypeSchema
    },
    "resourceUrl": NULLABLE_STRING,
    "resource": NULLABLE_STRING,
    "resourceData": {
      "oneOf": [
        {
          "$ref": () => CommsResourceSchema
        },
        /* @__PURE__ */ arrayOf(() => CommsResourceSchema)
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
    "@odata.type": STRING,
    "value": /* @__PURE__ */ arrayOf(() => CommsNotificationSchema)
  },
  "required": [
    "value"
  ]
};

export const CommsOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema)
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
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "applicationType": NULLABLE_STRING,
    "hidden": NULLABLE_BOOLEAN
  }
};

export const CommunicationsApplicationInstanceIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "hidden": NULLABLE_BOOLEAN,
    "tenantId": NULLABLE_STRING
  }
};

export const CommunicationsEncryptedIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING
  }
};

export const CommunicationsGuestIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "email": NULLABLE_STRING
  }
};

export const CommunicationsPhoneIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING
  }
};

export const CommunicationsUserIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "tenantId": NULLABLE_STRING
  }
};

export const DetailsInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING
  }
};

export const EmailIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "email": NULLABLE_STRING
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
    "code": STRING,
    "message": STRING,
    "target": NULLABLE_STRING
  }
};

export const GraphCallRouteSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
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
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING
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
    "@odata.type": STRING,
    "application": /* @__PURE__ */ nullableRef(() => IdentitySchema),
    "device": /* @__PURE__ */ nullableRef(() => IdentitySchema),
    "user": /* @__PURE__ */ nullableRef(() => IdentitySchema)
  }
};

export const IncomingCallOptionsSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "hideBotAfterEscalation": NULLABLE_BOOLEAN,
    "isContentSharingNotificationEnabled": NULLABLE_BOOLEAN,
    "isDeltaRosterEnabled": NULLABLE_BOOLEAN,
    "isInteractiveRosterEnabled": NULLABLE_BOOLEAN
  },
  "required": [
    "@odata.type"
  ]
};

export const IncomingContextSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "observedParticipantId": NULLABLE_STRING,
    "onBehalfOf": /* @__PURE__ */ nullableRef(() => IdentitySetSchema),
    "sourceParticipantId": NULLABLE_STRING,
    "transferor": /* @__PURE__ */ nullableRef(() => IdentitySetSchema)
  }
};

export const InitiatorSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "initiatorType": /* @__PURE__ */ nullableRef(() => InitiatorTypeSchema)
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
    "request-id": STRING,
    "client-request-id": STRING,
    "date": STRING
  }
};

export const InvitationParticipantInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "hidden": NULLABLE_BOOLEAN,
    "identity": {
      "$ref": () => IdentitySetSchema
    },
    "participantId": NULLABLE_STRING,
    "removeFromDefaultAudioRoutingGroup": NULLABLE_BOOLEAN,
    "replacesCallId": NULLABLE_STRING
  },
  "required": [
    "identity"
  ]
};

export const InviteParticipantsBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "participants": /* @__PURE__ */ arrayOf(() => InvitationParticipantInfoSchema),
    "clientContext": STRING
  },
  "required": [
    "participants"
  ],
  "additionalProperties": false
};

export const InviteParticipantsOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema),
    "participants": /* @__PURE__ */ arrayOf(() => InvitationParticipantInfoSchema)
  }
};

export const JoinMeetingIdMeetingInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "joinMeetingId": STRING,
    "passcode": NULLABLE_STRING
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
    "code": STRING,
    "message": STRING,
    "target": NULLABLE_STRING,
    "details": /* @__PURE__ */ arrayOf(() => ErrorDetailsSchema),
    "innerError": {
      "$ref": () => InnerErrorSchema
    }
  }
};

export const MediaConfigSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING
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
    "@odata.type": STRING,
    "resourceId": NULLABLE_STRING,
    "uri": STRING
  },
  "required": [
    "uri"
  ]
};

export const MediaPromptSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
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
    "@odata.type": STRING,
    "direction": {
      "$ref": () => MediaDirectionSchema
    },
    "label": NULLABLE_STRING,
    "mediaType": {
      "$ref": () => ModalitySchema
    },
    "serverMuted": {
      "type": "boolean"
    },
    "sourceId": STRING
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
    "@odata.type": STRING
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
    "clientContext": STRING
  },
  "additionalProperties": false
};

export const MuteParticipantBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": STRING
  },
  "additionalProperties": false
};

export const MuteParticipantOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema)
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
    "@odata.type": STRING,
    "contentSharingDisabled": /* @__PURE__ */ nullableRef(() => OnlineMeetingContentSharingDisabledReasonSchema),
    "videoDisabled": /* @__PURE__ */ nullableRef(() => OnlineMeetingVideoDisabledReasonSchema)
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
    "@odata.type": STRING,
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
    "@odata.type": STRING,
    "hideBotAfterEscalation": NULLABLE_BOOLEAN,
    "isContentSharingNotificationEnabled": NULLABLE_BOOLEAN,
    "isDeltaRosterEnabled": NULLABLE_BOOLEAN,
    "isInteractiveRosterEnabled": NULLABLE_BOOLEAN
  },
  "required": [
    "@odata.type"
  ]
};

export const ParticipantSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "info": {
      "$ref": () => ParticipantInfoSchema
    },
    "isInLobby": {
      "type": "boolean"
    },
    "isMuted": {
      "type": "boolean"
    },
    "mediaStreams": /* @__PURE__ */ arrayOf(() => MediaStreamSchema),
    "metadata": NULLABLE_STRING,
    "recordingInfo": /* @__PURE__ */ nullableRef(() => RecordingInfoSchema),
    "removedState": /* @__PURE__ */ nullableRef(() => RemovedStateSchema),
    "restrictedExperience": /* @__PURE__ */ nullableRef(() => OnlineMeetingRestrictedSchema),
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
    "value": /* @__PURE__ */ arrayOf(() => ParticipantSchema),
    "@odata.nextLink": NULLABLE_STRING
  },
  "required": [
    "value"
  ]
};

export const ParticipantInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "countryCode": NULLABLE_STRING,
    "endpointType": /* @__PURE__ */ nullableRef(() => EndpointTypeSchema),
    "identity": {
      "$ref": () => IdentitySetSchema
    },
    "languageId": NULLABLE_STRING,
    "participantId": NULLABLE_STRING,
    "region": NULLABLE_STRING
  },
  "required": [
    "identity"
  ]
};

export const PlayPromptBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "prompts": /* @__PURE__ */ arrayOf(() => PromptSchema),
    "clientContext": STRING
  },
  "required": [
    "prompts"
  ],
  "additionalProperties": false
};

export const PlayPromptOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema)
  }
};

export const PromptSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING
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
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "details": /* @__PURE__ */ nullableRef(() => DetailsInfoSchema),
    "identityType": NULLABLE_STRING
  }
};

export const ProvisioningServicePrincipalSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING
  }
};

export const ProvisioningSystemSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "details": /* @__PURE__ */ nullableRef(() => DetailsInfoSchema)
  }
};

export const RecordingInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "initiator": /* @__PURE__ */ nullableRef(() => IdentitySetSchema),
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
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema),
    "recordingAccessToken": NULLABLE_STRING,
    "recordingLocation": NULLABLE_STRING
  }
};

export const RecordResponseBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "prompts": /* @__PURE__ */ arrayOf(() => PromptSchema),
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
      "items": STRING
    },
    "clientContext": STRING
  },
  "additionalProperties": false
};

export const RedirectBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "targets": /* @__PURE__ */ arrayOf(() => InvitationParticipantInfoSchema),
    "timeout": {
      "type": "integer",
      "format": "int32"
    },
    "callbackUri": STRING
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
    "callbackUri": STRING
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
    "@odata.type": STRING,
    "reason": NULLABLE_STRING
  }
};

export const ResultInfoSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "code": {
      "type": "integer",
      "format": "int32"
    },
    "message": NULLABLE_STRING,
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
    "tones": /* @__PURE__ */ arrayOf(() => ToneSchema),
    "delayBetweenTonesMs": {
      "type": "integer",
      "format": "int32"
    },
    "clientContext": STRING
  },
  "required": [
    "tones"
  ],
  "additionalProperties": false
};

export const SendDtmfTonesOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema),
    "completionReason": /* @__PURE__ */ nullableRef(() => SendDtmfCompletionReasonSchema)
  }
};

export const ServiceHostedMediaConfigSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "preFetchMedia": /* @__PURE__ */ arrayOf(() => MediaInfoSchema)
  },
  "required": [
    "@odata.type"
  ]
};

export const ServicePrincipalIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "appId": NULLABLE_STRING
  }
};

export const SharePointGroupIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "principalId": NULLABLE_STRING,
    "title": NULLABLE_STRING
  }
};

export const SharePointIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "loginName": NULLABLE_STRING
  }
};

export const StartHoldMusicBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "customPrompt": {
      "$ref": () => PromptSchema
    },
    "clientContext": STRING
  },
  "additionalProperties": false
};

export const StartHoldMusicOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema)
  }
};

export const StopHoldMusicBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": STRING
  },
  "additionalProperties": false
};

export const StopHoldMusicOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema)
  }
};

export const SubscribeToToneBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "clientContext": STRING
  },
  "additionalProperties": false
};

export const SubscribeToToneOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema)
  }
};

export const TeamworkApplicationIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "applicationIdentityType": /* @__PURE__ */ nullableRef(() => TeamworkApplicationIdentityTypeSchema)
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
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "conversationIdentityType": /* @__PURE__ */ nullableRef(() => TeamworkConversationIdentityTypeSchema)
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
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING
  }
};

export const TeamworkUserIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "userIdentityType": /* @__PURE__ */ nullableRef(() => TeamworkUserIdentityTypeSchema)
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
    "@odata.type": STRING,
    "token": STRING
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
    "@odata.type": STRING,
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
    "clientContext": STRING
  },
  "additionalProperties": false
};

export const UnmuteParticipantOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema)
  }
};

export const UpdateRecordingStatusBodySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "status": {
      "$ref": () => RecordingStatusSchema
    },
    "clientContext": STRING
  },
  "required": [
    "status"
  ],
  "additionalProperties": false
};

export const UpdateRecordingStatusOperationSchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "id": STRING,
    "clientContext": NULLABLE_STRING,
    "resultInfo": /* @__PURE__ */ nullableRef(() => ResultInfoSchema),
    "status": /* @__PURE__ */ nullableRef(() => OperationStatusSchema)
  }
};

export const UserIdentitySchema: ValidationSchema = {
  "type": "object",
  "properties": {
    "@odata.type": STRING,
    "displayName": NULLABLE_STRING,
    "id": NULLABLE_STRING,
    "ipAddress": NULLABLE_STRING,
    "userPrincipalName": NULLABLE_STRING
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
