// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/ (Microsoft Graph v1.0-Prod.csdl and the 2018 overlay) through
// openapi-generator (typescript-fetch, with codegen/templates/) and ts-morph. Edit spec/ or codegen/ and regenerate.

// The methods of CommsClient, one per request descriptor (requests.ts): src/ binds each at run time. The models
// each names are imported by the post-processing.
import type { ActionResult, CallTarget, OperationTarget, ParticipantTarget, RequestOptions } from '../src/contract.js';
import type { AddLargeGalleryViewBody, AddLargeGalleryViewOperation, AnswerBody, AnyCommsOperation, Call, CancelMediaProcessingBody, CancelMediaProcessingOperation, ChangeScreenSharingRoleBody, InviteParticipantsBody, InviteParticipantsOperation, MuteBody, MuteParticipantBody, MuteParticipantOperation, Participant, PlayPromptBody, PlayPromptOperation, RecordOperation, RecordResponseBody, RedirectBody, RejectBody, SendDtmfTonesBody, SendDtmfTonesOperation, StartHoldMusicBody, StartHoldMusicOperation, StopHoldMusicBody, StopHoldMusicOperation, SubscribeToToneBody, SubscribeToToneOperation, TransferBody, UnmuteBody, UnmuteParticipantOperation, UpdateRecordingStatusBody, UpdateRecordingStatusOperation } from './models.js';

export interface CommsClientMethods {
  /**
   * The `addLargeGalleryView` action of a call. Answers 200 with the addLargeGalleryViewOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/addLargeGalleryView`, and the same below the other routes.
   *
   * @example
   * const result = await client.addLargeGalleryView({ callId }, body);
   * const operation = await tracker.waitFor(result); // the addLargeGalleryViewOperation, completed or failed
   */
  addLargeGalleryView(call: CallTarget, body?: AddLargeGalleryViewBody, options?: RequestOptions): Promise<ActionResult<AddLargeGalleryViewOperation>>;
  /**
   * The `answer` action of a call. Answers 202 without a body.
   *
   * `POST /app/calls/{callId}/answer`, and the same below the other routes.
   *
   * @example
   * const result = await client.answer({ callId }, body);
   */
  answer(call: CallTarget, body: AnswerBody, options?: RequestOptions): Promise<ActionResult>;
  /**
   * The `cancelMediaProcessing` action of a call. Answers 200 with the cancelMediaProcessingOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/cancelMediaProcessing`, and the same below the other routes.
   *
   * @example
   * const result = await client.cancelMediaProcessing({ callId }, body);
   * const operation = await tracker.waitFor(result); // the cancelMediaProcessingOperation, completed or failed
   */
  cancelMediaProcessing(call: CallTarget, body?: CancelMediaProcessingBody, options?: RequestOptions): Promise<ActionResult<CancelMediaProcessingOperation>>;
  /**
   * The `changeScreenSharingRole` action of a call. Answers 202 without a body.
   *
   * `POST /app/calls/{callId}/changeScreenSharingRole`, and the same below the other routes.
   *
   * @example
   * const result = await client.changeScreenSharingRole({ callId }, body);
   */
  changeScreenSharingRole(call: CallTarget, body: ChangeScreenSharingRoleBody, options?: RequestOptions): Promise<ActionResult>;
  /**
   * Creates a call.
   *
   * `POST /app/calls`, and the same below the other routes.
   *
   * @example
   * const result = await client.createCall(body);
   */
  createCall(body: Call, options?: RequestOptions): Promise<Call>;
  /**
   * Deletes a call.
   *
   * `DELETE /app/calls/{callId}`, and the same below the other routes.
   *
   * @example
   * const result = await client.deleteCall({ callId });
   */
  deleteCall(call: CallTarget, options?: RequestOptions): Promise<void>;
  /**
   * Reads a call.
   *
   * `GET /app/calls/{callId}`, and the same below the other routes.
   *
   * @example
   * const result = await client.getCall({ callId });
   */
  getCall(call: CallTarget, options?: RequestOptions): Promise<Call>;
  /**
   * Reads a commsOperation.
   *
   * `GET /app/calls/{callId}/operations/{operationId}`, and the same below the other routes.
   *
   * @example
   * const result = await client.getOperation({ callId, operationId });
   */
  getOperation(operation: OperationTarget, options?: RequestOptions): Promise<AnyCommsOperation>;
  /**
   * Reads a participant.
   *
   * `GET /app/calls/{callId}/participants/{participantId}`, and the same below the other routes.
   *
   * @example
   * const result = await client.getParticipant({ callId, participantId });
   */
  getParticipant(participant: ParticipantTarget, options?: RequestOptions): Promise<Participant>;
  /**
   * The `invite` action of the participants of a call. Answers 200 with the inviteParticipantsOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/participants/invite`, and the same below the other routes.
   *
   * @example
   * const result = await client.inviteParticipants({ callId }, body);
   * const operation = await tracker.waitFor(result); // the inviteParticipantsOperation, completed or failed
   */
  inviteParticipants(call: CallTarget, body: InviteParticipantsBody, options?: RequestOptions): Promise<ActionResult<InviteParticipantsOperation>>;
  /**
   * The `keepAlive` action of a call. Answers 200 without a body.
   *
   * `POST /app/calls/{callId}/keepAlive`, and the same below the other routes.
   *
   * @example
   * const result = await client.keepAlive({ callId });
   */
  keepAlive(call: CallTarget, options?: RequestOptions): Promise<ActionResult>;
  /**
   * Lists the participants (every page).
   *
   * `GET /app/calls/{callId}/participants`, and the same below the other routes.
   *
   * @example
   * const result = await client.listParticipants({ callId });
   */
  listParticipants(call: CallTarget, options?: RequestOptions): Promise<Participant[]>;
  /**
   * The `mute` action of a call. Answers 200 with the muteParticipantOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/mute`, and the same below the other routes.
   *
   * @example
   * const result = await client.mute({ callId }, body);
   * const operation = await tracker.waitFor(result); // the muteParticipantOperation, completed or failed
   */
  mute(call: CallTarget, body?: MuteBody, options?: RequestOptions): Promise<ActionResult<MuteParticipantOperation>>;
  /**
   * The `mute` action of a participant. Answers 200 with the muteParticipantOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/participants/{participantId}/mute`, and the same below the other routes.
   *
   * @example
   * const result = await client.muteParticipant({ callId, participantId }, body);
   * const operation = await tracker.waitFor(result); // the muteParticipantOperation, completed or failed
   */
  muteParticipant(participant: ParticipantTarget, body?: MuteParticipantBody, options?: RequestOptions): Promise<ActionResult<MuteParticipantOperation>>;
  /**
   * The `playPrompt` action of a call. Answers 200 with the playPromptOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/playPrompt`, and the same below the other routes.
   *
   * @example
   * const result = await client.playPrompt({ callId }, body);
   * const operation = await tracker.waitFor(result); // the playPromptOperation, completed or failed
   */
  playPrompt(call: CallTarget, body: PlayPromptBody, options?: RequestOptions): Promise<ActionResult<PlayPromptOperation>>;
  /**
   * The `recordResponse` action of a call. Answers 200 with the recordOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/recordResponse`, and the same below the other routes.
   *
   * @example
   * const result = await client.recordResponse({ callId }, body);
   * const operation = await tracker.waitFor(result); // the recordOperation, completed or failed
   */
  recordResponse(call: CallTarget, body?: RecordResponseBody, options?: RequestOptions): Promise<ActionResult<RecordOperation>>;
  /**
   * The `redirect` action of a call. Answers 202 without a body.
   *
   * `POST /app/calls/{callId}/redirect`, and the same below the other routes.
   *
   * @example
   * const result = await client.redirect({ callId }, body);
   */
  redirect(call: CallTarget, body: RedirectBody, options?: RequestOptions): Promise<ActionResult>;
  /**
   * The `reject` action of a call. Answers 202 without a body.
   *
   * `POST /app/calls/{callId}/reject`, and the same below the other routes.
   *
   * @example
   * const result = await client.reject({ callId }, body);
   */
  reject(call: CallTarget, body?: RejectBody, options?: RequestOptions): Promise<ActionResult>;
  /**
   * The `sendDtmfTones` action of a call. Answers 200 with the sendDtmfTonesOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/sendDtmfTones`, and the same below the other routes.
   *
   * @example
   * const result = await client.sendDtmfTones({ callId }, body);
   * const operation = await tracker.waitFor(result); // the sendDtmfTonesOperation, completed or failed
   */
  sendDtmfTones(call: CallTarget, body: SendDtmfTonesBody, options?: RequestOptions): Promise<ActionResult<SendDtmfTonesOperation>>;
  /**
   * The `startHoldMusic` action of a participant. Answers 200 with the startHoldMusicOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/participants/{participantId}/startHoldMusic`, and the same below the other routes.
   *
   * @example
   * const result = await client.startHoldMusic({ callId, participantId }, body);
   * const operation = await tracker.waitFor(result); // the startHoldMusicOperation, completed or failed
   */
  startHoldMusic(participant: ParticipantTarget, body?: StartHoldMusicBody, options?: RequestOptions): Promise<ActionResult<StartHoldMusicOperation>>;
  /**
   * The `stopHoldMusic` action of a participant. Answers 200 with the stopHoldMusicOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/participants/{participantId}/stopHoldMusic`, and the same below the other routes.
   *
   * @example
   * const result = await client.stopHoldMusic({ callId, participantId }, body);
   * const operation = await tracker.waitFor(result); // the stopHoldMusicOperation, completed or failed
   */
  stopHoldMusic(participant: ParticipantTarget, body?: StopHoldMusicBody, options?: RequestOptions): Promise<ActionResult<StopHoldMusicOperation>>;
  /**
   * The `subscribeToTone` action of a call. Answers 200 with the subscribeToToneOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/subscribeToTone`, and the same below the other routes.
   *
   * @example
   * const result = await client.subscribeToTone({ callId }, body);
   * const operation = await tracker.waitFor(result); // the subscribeToToneOperation, completed or failed
   */
  subscribeToTone(call: CallTarget, body?: SubscribeToToneBody, options?: RequestOptions): Promise<ActionResult<SubscribeToToneOperation>>;
  /**
   * The `transfer` action of a call. Answers 202 without a body.
   *
   * `POST /app/calls/{callId}/transfer`, and the same below the other routes.
   *
   * @example
   * const result = await client.transfer({ callId }, body);
   */
  transfer(call: CallTarget, body: TransferBody, options?: RequestOptions): Promise<ActionResult>;
  /**
   * The `unmute` action of a call. Answers 200 with the unmuteParticipantOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/unmute`, and the same below the other routes.
   *
   * @example
   * const result = await client.unmute({ callId }, body);
   * const operation = await tracker.waitFor(result); // the unmuteParticipantOperation, completed or failed
   */
  unmute(call: CallTarget, body?: UnmuteBody, options?: RequestOptions): Promise<ActionResult<UnmuteParticipantOperation>>;
  /**
   * The `updateRecordingStatus` action of a call. Answers 200 with the updateRecordingStatusOperation, or 202 with its Location.
   *
   * `POST /app/calls/{callId}/updateRecordingStatus`, and the same below the other routes.
   *
   * @example
   * const result = await client.updateRecordingStatus({ callId }, body);
   * const operation = await tracker.waitFor(result); // the updateRecordingStatusOperation, completed or failed
   */
  updateRecordingStatus(call: CallTarget, body: UpdateRecordingStatusBody, options?: RequestOptions): Promise<ActionResult<UpdateRecordingStatusOperation>>;
}
