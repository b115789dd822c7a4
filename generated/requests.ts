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

type Named<T> = { readonly [K in keyof T]: RequestDescriptor & { readonly name: K } };

/**
 * The descriptors with their `name` (the key each is listed under) and what an action of a call shares with most
 * others, which each descriptor below leaves out where it has the same (the post-processing writes that part).
 */
function named<const T extends Record<string, Partial<Omit<RequestDescriptor, 'name'>>>>(descriptors: T): Named<T> {
  return Object.fromEntries(Object.entries(descriptors).map(([name, d]) => [name, { name, method: 'POST', paths: onEveryRoute(`/calls/{callId}/${name}`), target: 'call', statuses: d.locationNamesOperation ? [200, 202] : [202], returns: 'action', ...d }])) as Named<T>;
}

/** Every request descriptor, by the CommsClient method that sends it. */
export const requests = /* @__PURE__ */ named({
  /** The `addLargeGalleryView` action of a call. Answers 200 with the addLargeGalleryViewOperation, or 202 with its Location. */
  addLargeGalleryView: {
    body: AddLargeGalleryViewBodySchema,
    bodyOptional: true,
    response: AddLargeGalleryViewOperationSchema,
    locationNamesOperation: true,
  },
  /** The `answer` action of a call. Answers 202 without a body. */
  answer: {
    body: AnswerBodySchema,
  },
  /** The `cancelMediaProcessing` action of a call. Answers 200 with the cancelMediaProcessingOperation, or 202 with its Location. */
  cancelMediaProcessing: {
    body: CancelMediaProcessingBodySchema,
    bodyOptional: true,
    response: CancelMediaProcessingOperationSchema,
    locationNamesOperation: true,
  },
  /** The `changeScreenSharingRole` action of a call. Answers 202 without a body. */
  changeScreenSharingRole: {
    body: ChangeScreenSharingRoleBodySchema,
  },
  /** Creates a call. */
  createCall: {
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
    statuses: [
      204,
    ],
    returns: 'void',
  },
  /** Reads a call. */
  getCall: {
    method: 'GET',
    paths: onEveryRoute('/calls/{callId}'),
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
    paths: onEveryRoute('/calls/{callId}/participants/invite'),
    body: InviteParticipantsBodySchema,
    response: InviteParticipantsOperationSchema,
    locationNamesOperation: true,
  },
  /** The `keepAlive` action of a call. Answers 200 without a body. */
  keepAlive: {
    statuses: [
      200,
    ],
  },
  /** Lists the participants (every page). */
  listParticipants: {
    method: 'GET',
    paths: onEveryRoute('/calls/{callId}/participants'),
    statuses: [
      200,
    ],
    response: ParticipantCollectionResponseSchema,
    returns: 'collection',
  },
  /** The `mute` action of a call. Answers 200 with the muteParticipantOperation, or 202 with its Location. */
  mute: {
    body: MuteBodySchema,
    bodyOptional: true,
    response: MuteParticipantOperationSchema,
    locationNamesOperation: true,
  },
  /** The `mute` action of a participant. Answers 200 with the muteParticipantOperation, or 202 with its Location. */
  muteParticipant: {
    paths: onEveryRoute('/calls/{callId}/participants/{participantId}/mute'),
    target: 'participant',
    body: MuteParticipantBodySchema,
    bodyOptional: true,
    response: MuteParticipantOperationSchema,
    locationNamesOperation: true,
  },
  /** The `playPrompt` action of a call. Answers 200 with the playPromptOperation, or 202 with its Location. */
  playPrompt: {
    body: PlayPromptBodySchema,
    response: PlayPromptOperationSchema,
    locationNamesOperation: true,
  },
  /** The `recordResponse` action of a call. Answers 200 with the recordOperation, or 202 with its Location. */
  recordResponse: {
    body: RecordResponseBodySchema,
    bodyOptional: true,
    response: RecordOperationSchema,
    locationNamesOperation: true,
  },
  /** The `redirect` action of a call. Answers 202 without a body. */
  redirect: {
    body: RedirectBodySchema,
  },
  /** The `reject` action of a call. Answers 202 without a body. */
  reject: {
    body: RejectBodySchema,
    bodyOptional: true,
  },
  /** The `sendDtmfTones` action of a call. Answers 200 with the sendDtmfTonesOperation, or 202 with its Location. */
  sendDtmfTones: {
    body: SendDtmfTonesBodySchema,
    response: SendDtmfTonesOperationSchema,
    locationNamesOperation: true,
  },
  /** The `startHoldMusic` action of a participant. Answers 200 with the startHoldMusicOperation, or 202 with its Location. */
  startHoldMusic: {
    paths: onEveryRoute('/calls/{callId}/participants/{participantId}/startHoldMusic'),
    target: 'participant',
    body: StartHoldMusicBodySchema,
    bodyOptional: true,
    response: StartHoldMusicOperationSchema,
    locationNamesOperation: true,
  },
  /** The `stopHoldMusic` action of a participant. Answers 200 with the stopHoldMusicOperation, or 202 with its Location. */
  stopHoldMusic: {
    paths: onEveryRoute('/calls/{callId}/participants/{participantId}/stopHoldMusic'),
    target: 'participant',
    body: StopHoldMusicBodySchema,
    bodyOptional: true,
    response: StopHoldMusicOperationSchema,
    locationNamesOperation: true,
  },
  /** The `subscribeToTone` action of a call. Answers 200 with the subscribeToToneOperation, or 202 with its Location. */
  subscribeToTone: {
    body: SubscribeToToneBodySchema,
    bodyOptional: true,
    response: SubscribeToToneOperationSchema,
    locationNamesOperation: true,
  },
  /** The `transfer` action of a call. Answers 202 without a body. */
  transfer: {
    body: TransferBodySchema,
  },
  /** The `unmute` action of a call. Answers 200 with the unmuteParticipantOperation, or 202 with its Location. */
  unmute: {
    body: UnmuteBodySchema,
    bodyOptional: true,
    response: UnmuteParticipantOperationSchema,
    locationNamesOperation: true,
  },
  /** The `updateRecordingStatus` action of a call. Answers 200 with the updateRecordingStatusOperation, or 202 with its Location. */
  updateRecordingStatus: {
    body: UpdateRecordingStatusBodySchema,
    response: UpdateRecordingStatusOperationSchema,
    locationNamesOperation: true,
  },
});

/**
 * The `@odata.type` of the operation each action creates, by the method that sends it. The engine reads none of
 * them (the method types carry them for the compiler); the testing kit answers with them, and a bundle that does not
 * import this record holds none.
 */
export const operationTypes = {
  addLargeGalleryView: '#microsoft.graph.addLargeGalleryViewOperation',
  cancelMediaProcessing: '#microsoft.graph.cancelMediaProcessingOperation',
  inviteParticipants: '#microsoft.graph.inviteParticipantsOperation',
  mute: '#microsoft.graph.muteParticipantOperation',
  muteParticipant: '#microsoft.graph.muteParticipantOperation',
  playPrompt: '#microsoft.graph.playPromptOperation',
  recordResponse: '#microsoft.graph.recordOperation',
  sendDtmfTones: '#microsoft.graph.sendDtmfTonesOperation',
  startHoldMusic: '#microsoft.graph.startHoldMusicOperation',
  stopHoldMusic: '#microsoft.graph.stopHoldMusicOperation',
  subscribeToTone: '#microsoft.graph.subscribeToToneOperation',
  unmute: '#microsoft.graph.unmuteParticipantOperation',
  updateRecordingStatus: '#microsoft.graph.updateRecordingStatusOperation',
} as const;
