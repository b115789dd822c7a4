// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/ (Microsoft Graph v1.0-Prod.csdl and the 2018 overlay) through
// openapi-generator (typescript-fetch, with codegen/templates/) and ts-morph. Edit spec/ or codegen/ and regenerate.

// The request descriptors: one per CommsClient method, plain data read by the engine (src/). The schemas each
// names are imported from schemas.ts by the post-processing.
import type { RequestDescriptor } from '../src/contract.js';
import { AddLargeGalleryViewBodySchema, AddLargeGalleryViewOperationSchema, AnswerBodySchema, CallSchema, CancelMediaProcessingBodySchema, CancelMediaProcessingOperationSchema, ChangeScreenSharingRoleBodySchema, CommsOperationSchema, InviteParticipantsBodySchema, InviteParticipantsOperationSchema, MuteBodySchema, MuteParticipantBodySchema, MuteParticipantOperationSchema, ParticipantCollectionResponseSchema, ParticipantSchema, PlayPromptBodySchema, PlayPromptOperationSchema, RecordOperationSchema, RecordResponseBodySchema, RedirectBodySchema, RejectBodySchema, SendDtmfTonesBodySchema, SendDtmfTonesOperationSchema, StartHoldMusicBodySchema, StartHoldMusicOperationSchema, StopHoldMusicBodySchema, StopHoldMusicOperationSchema, SubscribeToToneBodySchema, SubscribeToToneOperationSchema, TransferBodySchema, UnmuteBodySchema, UnmuteParticipantOperationSchema, UpdateRecordingStatusBodySchema, UpdateRecordingStatusOperationSchema } from './schemas.js';

/** The `addLargeGalleryView` action of a call. Answers 200 with the addLargeGalleryViewOperation, or 202 with its Location. */
export const addLargeGalleryViewRequest = {
  name: 'addLargeGalleryView',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/addLargeGalleryView',
    applications: '/applications/{applicationId}/calls/{callId}/addLargeGalleryView',
    communications: '/communications/calls/{callId}/addLargeGalleryView',
  },
  target: 'call',
  body: AddLargeGalleryViewBodySchema,
  bodyOptional: true,
  statuses: [
    200,
    202,
  ],
  response: AddLargeGalleryViewOperationSchema,
  operationType: '#microsoft.graph.addLargeGalleryViewOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `answer` action of a call. Answers 202 without a body. */
export const answerRequest = {
  name: 'answer',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/answer',
    applications: '/applications/{applicationId}/calls/{callId}/answer',
    communications: '/communications/calls/{callId}/answer',
  },
  target: 'call',
  body: AnswerBodySchema,
  statuses: [
    202,
  ],
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `cancelMediaProcessing` action of a call. Answers 200 with the cancelMediaProcessingOperation, or 202 with its Location. */
export const cancelMediaProcessingRequest = {
  name: 'cancelMediaProcessing',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/cancelMediaProcessing',
    applications: '/applications/{applicationId}/calls/{callId}/cancelMediaProcessing',
    communications: '/communications/calls/{callId}/cancelMediaProcessing',
  },
  target: 'call',
  body: CancelMediaProcessingBodySchema,
  bodyOptional: true,
  statuses: [
    200,
    202,
  ],
  response: CancelMediaProcessingOperationSchema,
  operationType: '#microsoft.graph.cancelMediaProcessingOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `changeScreenSharingRole` action of a call. Answers 202 without a body. */
export const changeScreenSharingRoleRequest = {
  name: 'changeScreenSharingRole',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/changeScreenSharingRole',
    applications: '/applications/{applicationId}/calls/{callId}/changeScreenSharingRole',
    communications: '/communications/calls/{callId}/changeScreenSharingRole',
  },
  target: 'call',
  body: ChangeScreenSharingRoleBodySchema,
  statuses: [
    202,
  ],
  returns: 'action',
} as const satisfies RequestDescriptor;

/** Creates a call. */
export const createCallRequest = {
  name: 'createCall',
  method: 'POST',
  paths: {
    app: '/app/calls',
    applications: '/applications/{applicationId}/calls',
    communications: '/communications/calls',
  },
  target: 'route',
  body: CallSchema,
  statuses: [
    201,
  ],
  response: CallSchema,
  returns: 'entity',
} as const satisfies RequestDescriptor;

/** Deletes a call. */
export const deleteCallRequest = {
  name: 'deleteCall',
  method: 'DELETE',
  paths: {
    app: '/app/calls/{callId}',
    applications: '/applications/{applicationId}/calls/{callId}',
    communications: '/communications/calls/{callId}',
  },
  target: 'call',
  statuses: [
    204,
  ],
  returns: 'void',
} as const satisfies RequestDescriptor;

/** Reads a call. */
export const getCallRequest = {
  name: 'getCall',
  method: 'GET',
  paths: {
    app: '/app/calls/{callId}',
    applications: '/applications/{applicationId}/calls/{callId}',
    communications: '/communications/calls/{callId}',
  },
  target: 'call',
  statuses: [
    200,
  ],
  response: CallSchema,
  returns: 'entity',
} as const satisfies RequestDescriptor;

/** Reads a commsOperation. */
export const getOperationRequest = {
  name: 'getOperation',
  method: 'GET',
  paths: {
    app: '/app/calls/{callId}/operations/{operationId}',
    applications: '/applications/{applicationId}/calls/{callId}/operations/{operationId}',
    communications: '/communications/calls/{callId}/operations/{operationId}',
  },
  target: 'operation',
  statuses: [
    200,
  ],
  response: CommsOperationSchema,
  returns: 'entity',
} as const satisfies RequestDescriptor;

/** Reads a participant. */
export const getParticipantRequest = {
  name: 'getParticipant',
  method: 'GET',
  paths: {
    app: '/app/calls/{callId}/participants/{participantId}',
    applications: '/applications/{applicationId}/calls/{callId}/participants/{participantId}',
    communications: '/communications/calls/{callId}/participants/{participantId}',
  },
  target: 'participant',
  statuses: [
    200,
  ],
  response: ParticipantSchema,
  returns: 'entity',
} as const satisfies RequestDescriptor;

/** The `invite` action of the participants of a call. Answers 200 with the inviteParticipantsOperation, or 202 with its Location. */
export const inviteParticipantsRequest = {
  name: 'inviteParticipants',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/participants/invite',
    applications: '/applications/{applicationId}/calls/{callId}/participants/invite',
    communications: '/communications/calls/{callId}/participants/invite',
  },
  target: 'call',
  body: InviteParticipantsBodySchema,
  statuses: [
    200,
    202,
  ],
  response: InviteParticipantsOperationSchema,
  operationType: '#microsoft.graph.inviteParticipantsOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `keepAlive` action of a call. Answers 200 without a body. */
export const keepAliveRequest = {
  name: 'keepAlive',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/keepAlive',
    applications: '/applications/{applicationId}/calls/{callId}/keepAlive',
    communications: '/communications/calls/{callId}/keepAlive',
  },
  target: 'call',
  statuses: [
    200,
  ],
  returns: 'action',
} as const satisfies RequestDescriptor;

/** Lists the participants (every page). */
export const listParticipantsRequest = {
  name: 'listParticipants',
  method: 'GET',
  paths: {
    app: '/app/calls/{callId}/participants',
    applications: '/applications/{applicationId}/calls/{callId}/participants',
    communications: '/communications/calls/{callId}/participants',
  },
  target: 'call',
  statuses: [
    200,
  ],
  response: ParticipantCollectionResponseSchema,
  returns: 'collection',
} as const satisfies RequestDescriptor;

/** The `mute` action of a call. Answers 200 with the muteParticipantOperation, or 202 with its Location. */
export const muteRequest = {
  name: 'mute',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/mute',
    applications: '/applications/{applicationId}/calls/{callId}/mute',
    communications: '/communications/calls/{callId}/mute',
  },
  target: 'call',
  body: MuteBodySchema,
  bodyOptional: true,
  statuses: [
    200,
    202,
  ],
  response: MuteParticipantOperationSchema,
  operationType: '#microsoft.graph.muteParticipantOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `mute` action of a participant. Answers 200 with the muteParticipantOperation, or 202 with its Location. */
export const muteParticipantRequest = {
  name: 'muteParticipant',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/participants/{participantId}/mute',
    applications: '/applications/{applicationId}/calls/{callId}/participants/{participantId}/mute',
    communications: '/communications/calls/{callId}/participants/{participantId}/mute',
  },
  target: 'participant',
  body: MuteParticipantBodySchema,
  bodyOptional: true,
  statuses: [
    200,
    202,
  ],
  response: MuteParticipantOperationSchema,
  operationType: '#microsoft.graph.muteParticipantOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `playPrompt` action of a call. Answers 200 with the playPromptOperation, or 202 with its Location. */
export const playPromptRequest = {
  name: 'playPrompt',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/playPrompt',
    applications: '/applications/{applicationId}/calls/{callId}/playPrompt',
    communications: '/communications/calls/{callId}/playPrompt',
  },
  target: 'call',
  body: PlayPromptBodySchema,
  statuses: [
    200,
    202,
  ],
  response: PlayPromptOperationSchema,
  operationType: '#microsoft.graph.playPromptOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `recordResponse` action of a call. Answers 200 with the recordOperation, or 202 with its Location. */
export const recordResponseRequest = {
  name: 'recordResponse',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/recordResponse',
    applications: '/applications/{applicationId}/calls/{callId}/recordResponse',
    communications: '/communications/calls/{callId}/recordResponse',
  },
  target: 'call',
  body: RecordResponseBodySchema,
  bodyOptional: true,
  statuses: [
    200,
    202,
  ],
  response: RecordOperationSchema,
  operationType: '#microsoft.graph.recordOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `redirect` action of a call. Answers 202 without a body. */
export const redirectRequest = {
  name: 'redirect',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/redirect',
    applications: '/applications/{applicationId}/calls/{callId}/redirect',
    communications: '/communications/calls/{callId}/redirect',
  },
  target: 'call',
  body: RedirectBodySchema,
  statuses: [
    202,
  ],
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `reject` action of a call. Answers 202 without a body. */
export const rejectRequest = {
  name: 'reject',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/reject',
    applications: '/applications/{applicationId}/calls/{callId}/reject',
    communications: '/communications/calls/{callId}/reject',
  },
  target: 'call',
  body: RejectBodySchema,
  bodyOptional: true,
  statuses: [
    202,
  ],
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `sendDtmfTones` action of a call. Answers 200 with the sendDtmfTonesOperation, or 202 with its Location. */
export const sendDtmfTonesRequest = {
  name: 'sendDtmfTones',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/sendDtmfTones',
    applications: '/applications/{applicationId}/calls/{callId}/sendDtmfTones',
    communications: '/communications/calls/{callId}/sendDtmfTones',
  },
  target: 'call',
  body: SendDtmfTonesBodySchema,
  statuses: [
    200,
    202,
  ],
  response: SendDtmfTonesOperationSchema,
  operationType: '#microsoft.graph.sendDtmfTonesOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `startHoldMusic` action of a participant. Answers 200 with the startHoldMusicOperation, or 202 with its Location. */
export const startHoldMusicRequest = {
  name: 'startHoldMusic',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/participants/{participantId}/startHoldMusic',
    applications: '/applications/{applicationId}/calls/{callId}/participants/{participantId}/startHoldMusic',
    communications: '/communications/calls/{callId}/participants/{participantId}/startHoldMusic',
  },
  target: 'participant',
  body: StartHoldMusicBodySchema,
  bodyOptional: true,
  statuses: [
    200,
    202,
  ],
  response: StartHoldMusicOperationSchema,
  operationType: '#microsoft.graph.startHoldMusicOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `stopHoldMusic` action of a participant. Answers 200 with the stopHoldMusicOperation, or 202 with its Location. */
export const stopHoldMusicRequest = {
  name: 'stopHoldMusic',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/participants/{participantId}/stopHoldMusic',
    applications: '/applications/{applicationId}/calls/{callId}/participants/{participantId}/stopHoldMusic',
    communications: '/communications/calls/{callId}/participants/{participantId}/stopHoldMusic',
  },
  target: 'participant',
  body: StopHoldMusicBodySchema,
  bodyOptional: true,
  statuses: [
    200,
    202,
  ],
  response: StopHoldMusicOperationSchema,
  operationType: '#microsoft.graph.stopHoldMusicOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `subscribeToTone` action of a call. Answers 200 with the subscribeToToneOperation, or 202 with its Location. */
export const subscribeToToneRequest = {
  name: 'subscribeToTone',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/subscribeToTone',
    applications: '/applications/{applicationId}/calls/{callId}/subscribeToTone',
    communications: '/communications/calls/{callId}/subscribeToTone',
  },
  target: 'call',
  body: SubscribeToToneBodySchema,
  bodyOptional: true,
  statuses: [
    200,
    202,
  ],
  response: SubscribeToToneOperationSchema,
  operationType: '#microsoft.graph.subscribeToToneOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `transfer` action of a call. Answers 202 without a body. */
export const transferRequest = {
  name: 'transfer',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/transfer',
    applications: '/applications/{applicationId}/calls/{callId}/transfer',
    communications: '/communications/calls/{callId}/transfer',
  },
  target: 'call',
  body: TransferBodySchema,
  statuses: [
    202,
  ],
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `unmute` action of a call. Answers 200 with the unmuteParticipantOperation, or 202 with its Location. */
export const unmuteRequest = {
  name: 'unmute',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/unmute',
    applications: '/applications/{applicationId}/calls/{callId}/unmute',
    communications: '/communications/calls/{callId}/unmute',
  },
  target: 'call',
  body: UnmuteBodySchema,
  bodyOptional: true,
  statuses: [
    200,
    202,
  ],
  response: UnmuteParticipantOperationSchema,
  operationType: '#microsoft.graph.unmuteParticipantOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** The `updateRecordingStatus` action of a call. Answers 200 with the updateRecordingStatusOperation, or 202 with its Location. */
export const updateRecordingStatusRequest = {
  name: 'updateRecordingStatus',
  method: 'POST',
  paths: {
    app: '/app/calls/{callId}/updateRecordingStatus',
    applications: '/applications/{applicationId}/calls/{callId}/updateRecordingStatus',
    communications: '/communications/calls/{callId}/updateRecordingStatus',
  },
  target: 'call',
  body: UpdateRecordingStatusBodySchema,
  statuses: [
    200,
    202,
  ],
  response: UpdateRecordingStatusOperationSchema,
  operationType: '#microsoft.graph.updateRecordingStatusOperation',
  locationNamesOperation: true,
  returns: 'action',
} as const satisfies RequestDescriptor;

/** Every request descriptor, by the CommsClient method that sends it. */
export const requests = {
  addLargeGalleryView: addLargeGalleryViewRequest,
  answer: answerRequest,
  cancelMediaProcessing: cancelMediaProcessingRequest,
  changeScreenSharingRole: changeScreenSharingRoleRequest,
  createCall: createCallRequest,
  deleteCall: deleteCallRequest,
  getCall: getCallRequest,
  getOperation: getOperationRequest,
  getParticipant: getParticipantRequest,
  inviteParticipants: inviteParticipantsRequest,
  keepAlive: keepAliveRequest,
  listParticipants: listParticipantsRequest,
  mute: muteRequest,
  muteParticipant: muteParticipantRequest,
  playPrompt: playPromptRequest,
  recordResponse: recordResponseRequest,
  redirect: redirectRequest,
  reject: rejectRequest,
  sendDtmfTones: sendDtmfTonesRequest,
  startHoldMusic: startHoldMusicRequest,
  stopHoldMusic: stopHoldMusicRequest,
  subscribeToTone: subscribeToToneRequest,
  transfer: transferRequest,
  unmute: unmuteRequest,
  updateRecordingStatus: updateRecordingStatusRequest,
} as const;
