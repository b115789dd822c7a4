// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/ (Microsoft Graph v1.0-Prod.csdl and the 2018 overlay) through
// openapi-generator (typescript-fetch, with codegen/templates/) and ts-morph. Edit spec/ or codegen/ and regenerate.

// The request descriptors: one per CommsClient method, plain data read by the engine (src/). The schemas each
// names are imported from schemas.ts by the post-processing. Written inside the record, each named by its key
// alone, rather than as a constant each: a bundle then spells each method's name once.
import type { RequestDescriptor } from '../src/contract.js';
import { AddLargeGalleryViewBodySchema, AddLargeGalleryViewOperationSchema, AnswerBodySchema, CallSchema, CancelMediaProcessingBodySchema, CancelMediaProcessingOperationSchema, ChangeScreenSharingRoleBodySchema, CommsOperationSchema, InviteParticipantsBodySchema, InviteParticipantsOperationSchema, MuteBodySchema, MuteParticipantBodySchema, MuteParticipantOperationSchema, ParticipantCollectionResponseSchema, ParticipantSchema, PlayPromptBodySchema, PlayPromptOperationSchema, RecordOperationSchema, RecordResponseBodySchema, RedirectBodySchema, RejectBodySchema, SendDtmfTonesBodySchema, SendDtmfTonesOperationSchema, StartHoldMusicBodySchema, StartHoldMusicOperationSchema, StopHoldMusicBodySchema, StopHoldMusicOperationSchema, SubscribeToToneBodySchema, SubscribeToToneOperationSchema, TransferBodySchema, UnmuteBodySchema, UnmuteParticipantOperationSchema, UpdateRecordingStatusBodySchema, UpdateRecordingStatusOperationSchema } from './schemas.js';

/** A path on each route: the routes differ only in what stands before `/calls`. */
const onEveryRoute = (path: string) => ({
  app: `/app${path}`,
  applications: `/applications/{applicationId}${path}`,
  communications: `/communications${path}`,
});

type Named<T> = { readonly [K in keyof T]: { readonly name: K } & T[K] };

/** The descriptors with their `name`: the key each is listed under. */
function named<const T extends Record<string, Omit<RequestDescriptor, 'name'>>>(descriptors: T): Named<T> {
  return Object.fromEntries(Object.entries(descriptors).map(([name, d]) => [name, { name, ...d }])) as Named<T>;
}

/** Every request descriptor, by the CommsClient method that sends it. */
export const requests = /* @__PURE__ */ named({
  /** The `addLargeGalleryView` action of a call. Answers 200 with the addLargeGalleryViewOperation, or 202 with its Location. */
  addLargeGalleryView: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/addLargeGalleryView'),
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
  },
  /** The `answer` action of a call. Answers 202 without a body. */
  answer: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/answer'),
    target: 'call',
    body: AnswerBodySchema,
    statuses: [
      202,
    ],
    returns: 'action',
  },
  /** The `cancelMediaProcessing` action of a call. Answers 200 with the cancelMediaProcessingOperation, or 202 with its Location. */
  cancelMediaProcessing: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/cancelMediaProcessing'),
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
  },
  /** The `changeScreenSharingRole` action of a call. Answers 202 without a body. */
  changeScreenSharingRole: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/changeScreenSharingRole'),
    target: 'call',
    body: ChangeScreenSharingRoleBodySchema,
    statuses: [
      202,
    ],
    returns: 'action',
  },
  /** Creates a call. */
  createCall: {
    method: 'POST',
    paths: onEveryRoute('/calls'),
    target: 'route',
    body: CallSchema,
    statuses: [
      201,
    ],
    response: CallSchema,
    returns: 'entity',
  },
  /** Deletes a call. */
  deleteCall: {
    method: 'DELETE',
    paths: onEveryRoute('/calls/{callId}'),
    target: 'call',
    statuses: [
      204,
    ],
    returns: 'void',
  },
  /** Reads a call. */
  getCall: {
    method: 'GET',
    paths: onEveryRoute('/calls/{callId}'),
    target: 'call',
    statuses: [
      200,
    ],
    response: CallSchema,
    returns: 'entity',
  },
  /** Reads a commsOperation. */
  getOperation: {
    method: 'GET',
    paths: onEveryRoute('/calls/{callId}/operations/{operationId}'),
    target: 'operation',
    statuses: [
      200,
    ],
    response: CommsOperationSchema,
    returns: 'entity',
  },
  /** Reads a participant. */
  getParticipant: {
    method: 'GET',
    paths: onEveryRoute('/calls/{callId}/participants/{participantId}'),
    target: 'participant',
    statuses: [
      200,
    ],
    response: ParticipantSchema,
    returns: 'entity',
  },
  /** The `invite` action of the participants of a call. Answers 200 with the inviteParticipantsOperation, or 202 with its Location. */
  inviteParticipants: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/participants/invite'),
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
  },
  /** The `keepAlive` action of a call. Answers 200 without a body. */
  keepAlive: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/keepAlive'),
    target: 'call',
    statuses: [
      200,
    ],
    returns: 'action',
  },
  /** Lists the participants (every page). */
  listParticipants: {
    method: 'GET',
    paths: onEveryRoute('/calls/{callId}/participants'),
    target: 'call',
    statuses: [
      200,
    ],
    response: ParticipantCollectionResponseSchema,
    returns: 'collection',
  },
  /** The `mute` action of a call. Answers 200 with the muteParticipantOperation, or 202 with its Location. */
  mute: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/mute'),
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
  },
  /** The `mute` action of a participant. Answers 200 with the muteParticipantOperation, or 202 with its Location. */
  muteParticipant: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/participants/{participantId}/mute'),
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
  },
  /** The `playPrompt` action of a call. Answers 200 with the playPromptOperation, or 202 with its Location. */
  playPrompt: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/playPrompt'),
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
  },
  /** The `recordResponse` action of a call. Answers 200 with the recordOperation, or 202 with its Location. */
  recordResponse: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/recordResponse'),
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
  },
  /** The `redirect` action of a call. Answers 202 without a body. */
  redirect: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/redirect'),
    target: 'call',
    body: RedirectBodySchema,
    statuses: [
      202,
    ],
    returns: 'action',
  },
  /** The `reject` action of a call. Answers 202 without a body. */
  reject: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/reject'),
    target: 'call',
    body: RejectBodySchema,
    bodyOptional: true,
    statuses: [
      202,
    ],
    returns: 'action',
  },
  /** The `sendDtmfTones` action of a call. Answers 200 with the sendDtmfTonesOperation, or 202 with its Location. */
  sendDtmfTones: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/sendDtmfTones'),
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
  },
  /** The `startHoldMusic` action of a participant. Answers 200 with the startHoldMusicOperation, or 202 with its Location. */
  startHoldMusic: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/participants/{participantId}/startHoldMusic'),
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
  },
  /** The `stopHoldMusic` action of a participant. Answers 200 with the stopHoldMusicOperation, or 202 with its Location. */
  stopHoldMusic: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/participants/{participantId}/stopHoldMusic'),
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
  },
  /** The `subscribeToTone` action of a call. Answers 200 with the subscribeToToneOperation, or 202 with its Location. */
  subscribeToTone: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/subscribeToTone'),
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
  },
  /** The `transfer` action of a call. Answers 202 without a body. */
  transfer: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/transfer'),
    target: 'call',
    body: TransferBodySchema,
    statuses: [
      202,
    ],
    returns: 'action',
  },
  /** The `unmute` action of a call. Answers 200 with the unmuteParticipantOperation, or 202 with its Location. */
  unmute: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/unmute'),
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
  },
  /** The `updateRecordingStatus` action of a call. Answers 200 with the updateRecordingStatusOperation, or 202 with its Location. */
  updateRecordingStatus: {
    method: 'POST',
    paths: onEveryRoute('/calls/{callId}/updateRecordingStatus'),
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
  },
});
