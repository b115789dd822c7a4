// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/ (Microsoft Graph v1.0-Prod.csdl and the 2018 overlay) through
// openapi-generator (typescript-fetch, with codegen/templates/) and ts-morph. Edit spec/ or codegen/ and regenerate.

export interface AddLargeGalleryViewBody {
  clientContext?: string;
}

export interface AddLargeGalleryViewOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.addLargeGalleryViewOperation`.
   */
  '@odata.type'?: '#microsoft.graph.addLargeGalleryViewOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
}

/**
 * The parameters of answer.
 */
export interface AnswerBody {
  callbackUri: string;
  mediaConfig: AnyMediaConfig;
  acceptedModalities?: Array<Modality>;
  participantCapacity?: number;
  callOptions?: IncomingCallOptions;
}

export interface AppHostedMediaConfig {
  /**
   * The OData type: `#microsoft.graph.appHostedMediaConfig`.
   */
  '@odata.type': '#microsoft.graph.appHostedMediaConfig';
  blob?: string | null;
}

export interface AzureCommunicationServicesUserIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.azureCommunicationServicesUserIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.azureCommunicationServicesUserIdentity';
  displayName?: string | null;
  id?: string | null;
  azureCommunicationServicesResourceId?: string | null;
}

export interface Call {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.call`.
   */
  '@odata.type'?: '#microsoft.graph.call';
  id?: string;
  callbackUri?: string;
  callChainId?: string | null;
  callOptions?: AnyCallOptions | null;
  callRoutes?: Array<GraphCallRoute>;
  chatInfo?: ChatInfo | null;
  direction?: CallDirection | null;
  incomingContext?: IncomingContext | null;
  mediaConfig?: AnyMediaConfig | null;
  mediaState?: CallMediaState | null;
  meetingInfo?: AnyMeetingInfo | null;
  myParticipantId?: string | null;
  requestedModalities?: Array<Modality>;
  resultInfo?: ResultInfo | null;
  source?: ParticipantInfo | null;
  state?: CallState | null;
  subject?: string | null;
  targets?: Array<InvitationParticipantInfo>;
  tenantId?: string | null;
  toneInfo?: ToneInfo | null;
  transcription?: CallTranscriptionInfo | null;
}

export const CallDirection = {
  Incoming: 'incoming',
  Outgoing: 'outgoing',
} as const;
export type CallDirection = typeof CallDirection[keyof typeof CallDirection];

export interface CallMediaState {
  /**
   * The OData type: `#microsoft.graph.callMediaState`.
   */
  '@odata.type'?: '#microsoft.graph.callMediaState';
  audio?: MediaState | null;
}

export interface CallOptions {
  /**
   * The OData type: `#microsoft.graph.callOptions` or a type derived from it.
   */
  '@odata.type': string;
  hideBotAfterEscalation?: boolean | null;
  isContentSharingNotificationEnabled?: boolean | null;
  isDeltaRosterEnabled?: boolean | null;
  isInteractiveRosterEnabled?: boolean | null;
}

export interface CallRecordsUserIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.callRecords.userIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.callRecords.userIdentity';
  displayName?: string | null;
  id?: string | null;
  userPrincipalName?: string | null;
}

export const CallState = {
  Incoming: 'incoming',
  Establishing: 'establishing',
  Established: 'established',
  Hold: 'hold',
  Transferring: 'transferring',
  TransferAccepted: 'transferAccepted',
  Redirecting: 'redirecting',
  Terminating: 'terminating',
  Terminated: 'terminated',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type CallState = typeof CallState[keyof typeof CallState];

export interface CallTranscriptionInfo {
  /**
   * The OData type: `#microsoft.graph.callTranscriptionInfo`.
   */
  '@odata.type'?: '#microsoft.graph.callTranscriptionInfo';
  lastModifiedDateTime?: string | null;
  state: CallTranscriptionState;
}

export const CallTranscriptionState = {
  NotStarted: 'notStarted',
  Active: 'active',
  Inactive: 'inactive',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type CallTranscriptionState = typeof CallTranscriptionState[keyof typeof CallTranscriptionState];

/**
 * The parameters of cancelMediaProcessing.
 */
export interface CancelMediaProcessingBody {
  clientContext?: string;
  all?: boolean;
}

export interface CancelMediaProcessingOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.cancelMediaProcessingOperation`.
   */
  '@odata.type'?: '#microsoft.graph.cancelMediaProcessingOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
  all?: boolean | null;
}

/**
 * The parameters of changeScreenSharingRole.
 */
export interface ChangeScreenSharingRoleBody {
  role: ScreenSharingRole;
}

export const ChangeType = {
  Created: 'created',
  Updated: 'updated',
  Deleted: 'deleted',
} as const;
export type ChangeType = typeof ChangeType[keyof typeof ChangeType];

export interface ChatInfo {
  /**
   * The OData type: `#microsoft.graph.chatInfo`.
   */
  '@odata.type'?: '#microsoft.graph.chatInfo';
  messageId?: string | null;
  replyChainMessageId?: string | null;
  threadId?: string | null;
}

export interface CommsNotification {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.commsNotification`.
   */
  '@odata.type'?: '#microsoft.graph.commsNotification';
  changeType: ChangeType;
  resourceUrl?: string | null;
  resource?: string | null;
  resourceData?: CommsNotificationResourceData;
}

/**
 * The changed resource: one entity or a collection of entities, each named by @odata.type.
 */
export type CommsNotificationResourceData = Array<CommsResource> | CommsResource;

export interface CommsNotifications {
  /**
   * The OData type: `#microsoft.graph.commsNotifications`.
   */
  '@odata.type'?: '#microsoft.graph.commsNotifications';
  value: Array<CommsNotification>;
}

export interface CommsOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.commsOperation` or a type derived from it.
   */
  '@odata.type'?: string;
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
}

/**
 * The resource a notification reports on: a call, a participant or an operation (of any subtype), named by `@odata.type`.
 */
export type CommsResource = Call | AnyCommsOperation | Participant;

export interface CommunicationsApplicationIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.communicationsApplicationIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.communicationsApplicationIdentity';
  displayName?: string | null;
  id?: string | null;
  applicationType?: string | null;
  hidden?: boolean | null;
}

export interface CommunicationsApplicationInstanceIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.communicationsApplicationInstanceIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.communicationsApplicationInstanceIdentity';
  displayName?: string | null;
  id?: string | null;
  hidden?: boolean | null;
  tenantId?: string | null;
}

export interface CommunicationsEncryptedIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.communicationsEncryptedIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.communicationsEncryptedIdentity';
  displayName?: string | null;
  id?: string | null;
}

export interface CommunicationsGuestIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.communicationsGuestIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.communicationsGuestIdentity';
  displayName?: string | null;
  id?: string | null;
  email?: string | null;
}

export interface CommunicationsPhoneIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.communicationsPhoneIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.communicationsPhoneIdentity';
  displayName?: string | null;
  id?: string | null;
}

export interface CommunicationsUserIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.communicationsUserIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.communicationsUserIdentity';
  displayName?: string | null;
  id?: string | null;
  tenantId?: string | null;
}

export interface DetailsInfo {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.detailsInfo`.
   */
  '@odata.type'?: '#microsoft.graph.detailsInfo';
}

export interface EmailIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.emailIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.emailIdentity';
  displayName?: string | null;
  id?: string | null;
  email?: string | null;
}

export const EndpointType = {
  Default: 'default',
  Voicemail: 'voicemail',
  SkypeForBusiness: 'skypeForBusiness',
  SkypeForBusinessVoipPhone: 'skypeForBusinessVoipPhone',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type EndpointType = typeof EndpointType[keyof typeof EndpointType];

export interface ErrorDetails {
  [key: string]: unknown;
  code: string;
  message: string;
  target?: string | null;
}

export interface GraphCallRoute {
  /**
   * The OData type: `#microsoft.graph.callRoute`.
   */
  '@odata.type'?: '#microsoft.graph.callRoute';
  'final': IdentitySet;
  original: IdentitySet;
  routingType: RoutingType;
}

export interface Identity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.identity` or a type derived from it.
   */
  '@odata.type'?: string;
  displayName?: string | null;
  id?: string | null;
}

export interface IdentitySet {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.identitySet` or a type derived from it.
   */
  '@odata.type'?: string;
  application?: AnyIdentity | null;
  device?: AnyIdentity | null;
  user?: AnyIdentity | null;
}

export interface IncomingCallOptions {
  /**
   * The OData type: `#microsoft.graph.incomingCallOptions`.
   */
  '@odata.type': '#microsoft.graph.incomingCallOptions';
  hideBotAfterEscalation?: boolean | null;
  isContentSharingNotificationEnabled?: boolean | null;
  isDeltaRosterEnabled?: boolean | null;
  isInteractiveRosterEnabled?: boolean | null;
}

export interface IncomingContext {
  /**
   * The OData type: `#microsoft.graph.incomingContext`.
   */
  '@odata.type'?: '#microsoft.graph.incomingContext';
  observedParticipantId?: string | null;
  onBehalfOf?: IdentitySet | null;
  sourceParticipantId?: string | null;
  transferor?: IdentitySet | null;
}

export interface Initiator {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.initiator`.
   */
  '@odata.type'?: '#microsoft.graph.initiator';
  displayName?: string | null;
  id?: string | null;
  initiatorType?: InitiatorType | null;
}

export const InitiatorType = {
  User: 'user',
  Application: 'application',
  System: 'system',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type InitiatorType = typeof InitiatorType[keyof typeof InitiatorType];

/**
 * Service-specific; Graph sends request-id, date and client-request-id.
 */
export interface InnerError {
  [key: string]: unknown;
  'request-id'?: string;
  'client-request-id'?: string;
  date?: string;
}

export interface InvitationParticipantInfo {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.invitationParticipantInfo`.
   */
  '@odata.type'?: '#microsoft.graph.invitationParticipantInfo';
  hidden?: boolean | null;
  identity: IdentitySet;
  participantId?: string | null;
  removeFromDefaultAudioRoutingGroup?: boolean | null;
  replacesCallId?: string | null;
}

/**
 * The parameters of invite.
 */
export interface InviteParticipantsBody {
  participants: Array<InvitationParticipantInfo>;
  clientContext?: string;
}

export interface InviteParticipantsOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.inviteParticipantsOperation`.
   */
  '@odata.type'?: '#microsoft.graph.inviteParticipantsOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
  participants?: Array<InvitationParticipantInfo>;
}

export interface JoinMeetingIdMeetingInfo {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.joinMeetingIdMeetingInfo`.
   */
  '@odata.type': '#microsoft.graph.joinMeetingIdMeetingInfo';
  joinMeetingId: string;
  passcode?: string | null;
}

export interface MainError {
  [key: string]: unknown;
  code: string;
  message: string;
  target?: string | null;
  details?: Array<ErrorDetails>;
  innerError?: InnerError;
}

export interface MediaConfig {
  /**
   * The OData type: `#microsoft.graph.mediaConfig` or a type derived from it.
   */
  '@odata.type': string;
}

export const MediaDirection = {
  Inactive: 'inactive',
  SendOnly: 'sendOnly',
  ReceiveOnly: 'receiveOnly',
  SendReceive: 'sendReceive',
} as const;
export type MediaDirection = typeof MediaDirection[keyof typeof MediaDirection];

export interface MediaInfo {
  /**
   * The OData type: `#microsoft.graph.mediaInfo`.
   */
  '@odata.type'?: '#microsoft.graph.mediaInfo';
  resourceId?: string | null;
  uri: string;
}

export interface MediaPrompt {
  /**
   * The OData type: `#microsoft.graph.mediaPrompt`.
   */
  '@odata.type': '#microsoft.graph.mediaPrompt';
  mediaInfo: MediaInfo;
}

export const MediaState = {
  Active: 'active',
  Inactive: 'inactive',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type MediaState = typeof MediaState[keyof typeof MediaState];

export interface MediaStream {
  /**
   * The OData type: `#microsoft.graph.mediaStream`.
   */
  '@odata.type'?: '#microsoft.graph.mediaStream';
  direction: MediaDirection;
  label?: string | null;
  mediaType: Modality;
  serverMuted: boolean;
  sourceId: string;
}

export interface MeetingInfo {
  /**
   * The OData type: `#microsoft.graph.meetingInfo` or a type derived from it.
   */
  '@odata.type': string;
}

export const Modality = {
  Audio: 'audio',
  Video: 'video',
  VideoBasedScreenSharing: 'videoBasedScreenSharing',
  Data: 'data',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type Modality = typeof Modality[keyof typeof Modality];

/**
 * The parameters of mute.
 */
export interface MuteBody {
  clientContext?: string;
}

/**
 * The parameters of mute.
 */
export interface MuteParticipantBody {
  clientContext?: string;
}

export interface MuteParticipantOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.muteParticipantOperation`.
   */
  '@odata.type'?: '#microsoft.graph.muteParticipantOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
}

export interface ODataError {
  [key: string]: unknown;
  error: MainError;
}

export interface OnlineMeetingRestricted {
  /**
   * The OData type: `#microsoft.graph.onlineMeetingRestricted`.
   */
  '@odata.type'?: '#microsoft.graph.onlineMeetingRestricted';
  /**
   * onlineMeetingContentSharingDisabledReason: any of its members, comma-separated.
   */
  contentSharingDisabled?: string | null;
  /**
   * onlineMeetingVideoDisabledReason: any of its members, comma-separated.
   */
  videoDisabled?: string | null;
}

/**
 * The CSDL spells the members NotStarted, Running, Completed, Failed; the wire, as here.
 */
export const OperationStatus = {
  NotStarted: 'notStarted',
  Running: 'running',
  Completed: 'completed',
  Failed: 'failed',
} as const;
export type OperationStatus = typeof OperationStatus[keyof typeof OperationStatus];

export interface OrganizerMeetingInfo {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.organizerMeetingInfo`.
   */
  '@odata.type': '#microsoft.graph.organizerMeetingInfo';
  organizer: IdentitySet;
}

export interface OutgoingCallOptions {
  /**
   * The OData type: `#microsoft.graph.outgoingCallOptions`.
   */
  '@odata.type': '#microsoft.graph.outgoingCallOptions';
  hideBotAfterEscalation?: boolean | null;
  isContentSharingNotificationEnabled?: boolean | null;
  isDeltaRosterEnabled?: boolean | null;
  isInteractiveRosterEnabled?: boolean | null;
}

export interface Participant {
  /**
   * The OData type: `#microsoft.graph.participant`.
   */
  '@odata.type'?: '#microsoft.graph.participant';
  id?: string;
  info?: ParticipantInfo;
  isInLobby?: boolean;
  isMuted?: boolean;
  mediaStreams?: Array<MediaStream>;
  metadata?: string | null;
  recordingInfo?: RecordingInfo | null;
  removedState?: RemovedState | null;
  restrictedExperience?: OnlineMeetingRestricted | null;
  rosterSequenceNumber?: number | null;
}

/**
 * A page of Participant: OData's collection answer.
 */
export interface ParticipantCollectionResponse {
  [key: string]: unknown;
  value: Array<Participant>;
  '@odata.nextLink'?: string | null;
}

export interface ParticipantInfo {
  /**
   * The OData type: `#microsoft.graph.participantInfo`.
   */
  '@odata.type'?: '#microsoft.graph.participantInfo';
  countryCode?: string | null;
  endpointType?: EndpointType | null;
  identity: IdentitySet;
  languageId?: string | null;
  participantId?: string | null;
  region?: string | null;
}

/**
 * The parameters of playPrompt.
 */
export interface PlayPromptBody {
  prompts: Array<AnyPrompt>;
  clientContext?: string;
}

export interface PlayPromptOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.playPromptOperation`.
   */
  '@odata.type'?: '#microsoft.graph.playPromptOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
}

export interface Prompt {
  /**
   * The OData type: `#microsoft.graph.prompt` or a type derived from it.
   */
  '@odata.type': string;
}

export interface ProvisionedIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.provisionedIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.provisionedIdentity';
  displayName?: string | null;
  id?: string | null;
  details?: DetailsInfo | null;
  identityType?: string | null;
}

export interface ProvisioningServicePrincipal {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.provisioningServicePrincipal`.
   */
  '@odata.type'?: '#microsoft.graph.provisioningServicePrincipal';
  displayName?: string | null;
  id?: string | null;
}

export interface ProvisioningSystem {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.provisioningSystem`.
   */
  '@odata.type'?: '#microsoft.graph.provisioningSystem';
  displayName?: string | null;
  id?: string | null;
  details?: DetailsInfo | null;
}

export interface RecordOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.recordOperation`.
   */
  '@odata.type'?: '#microsoft.graph.recordOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
  recordingAccessToken?: string | null;
  recordingLocation?: string | null;
}

/**
 * The parameters of recordResponse.
 */
export interface RecordResponseBody {
  prompts?: Array<AnyPrompt>;
  bargeInAllowed?: boolean;
  initialSilenceTimeoutInSeconds?: number;
  maxSilenceTimeoutInSeconds?: number;
  maxRecordDurationInSeconds?: number;
  playBeep?: boolean;
  stopTones?: Array<string>;
  clientContext?: string;
}

export interface RecordingInfo {
  /**
   * The OData type: `#microsoft.graph.recordingInfo`.
   */
  '@odata.type'?: '#microsoft.graph.recordingInfo';
  initiator?: IdentitySet | null;
  recordingStatus: RecordingStatus;
}

export const RecordingStatus = {
  Unknown: 'unknown',
  NotRecording: 'notRecording',
  Recording: 'recording',
  Failed: 'failed',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type RecordingStatus = typeof RecordingStatus[keyof typeof RecordingStatus];

/**
 * The parameters of redirect.
 */
export interface RedirectBody {
  targets: Array<InvitationParticipantInfo>;
  timeout?: number;
  callbackUri?: string;
}

/**
 * The parameters of reject.
 */
export interface RejectBody {
  reason?: RejectReason;
  callbackUri?: string;
}

export const RejectReason = {
  None: 'none',
  Busy: 'busy',
  Forbidden: 'forbidden',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type RejectReason = typeof RejectReason[keyof typeof RejectReason];

export interface RemovedState {
  /**
   * The OData type: `#microsoft.graph.removedState`.
   */
  '@odata.type'?: '#microsoft.graph.removedState';
  reason?: string | null;
}

export interface ResultInfo {
  /**
   * The OData type: `#microsoft.graph.resultInfo`.
   */
  '@odata.type'?: '#microsoft.graph.resultInfo';
  code: number;
  message?: string | null;
  subcode: number;
}

export const RoutingType = {
  Forwarded: 'forwarded',
  Lookup: 'lookup',
  SelfFork: 'selfFork',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type RoutingType = typeof RoutingType[keyof typeof RoutingType];

export const ScreenSharingRole = {
  Viewer: 'viewer',
  Sharer: 'sharer',
} as const;
export type ScreenSharingRole = typeof ScreenSharingRole[keyof typeof ScreenSharingRole];

export const SendDtmfCompletionReason = {
  Unknown: 'unknown',
  CompletedSuccessfully: 'completedSuccessfully',
  MediaOperationCanceled: 'mediaOperationCanceled',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type SendDtmfCompletionReason = typeof SendDtmfCompletionReason[keyof typeof SendDtmfCompletionReason];

/**
 * The parameters of sendDtmfTones.
 */
export interface SendDtmfTonesBody {
  tones: Array<Tone>;
  delayBetweenTonesMs?: number;
  clientContext?: string;
}

export interface SendDtmfTonesOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.sendDtmfTonesOperation`.
   */
  '@odata.type'?: '#microsoft.graph.sendDtmfTonesOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
  completionReason?: SendDtmfCompletionReason | null;
}

export interface ServiceHostedMediaConfig {
  /**
   * The OData type: `#microsoft.graph.serviceHostedMediaConfig`.
   */
  '@odata.type': '#microsoft.graph.serviceHostedMediaConfig';
  preFetchMedia?: Array<MediaInfo>;
}

export interface ServicePrincipalIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.servicePrincipalIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.servicePrincipalIdentity';
  displayName?: string | null;
  id?: string | null;
  appId?: string | null;
}

export interface SharePointGroupIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.sharePointGroupIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.sharePointGroupIdentity';
  displayName?: string | null;
  id?: string | null;
  principalId?: string | null;
  title?: string | null;
}

export interface SharePointIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.sharePointIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.sharePointIdentity';
  displayName?: string | null;
  id?: string | null;
  loginName?: string | null;
}

/**
 * The parameters of startHoldMusic.
 */
export interface StartHoldMusicBody {
  customPrompt?: AnyPrompt;
  clientContext?: string;
}

export interface StartHoldMusicOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.startHoldMusicOperation`.
   */
  '@odata.type'?: '#microsoft.graph.startHoldMusicOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
}

/**
 * The parameters of stopHoldMusic.
 */
export interface StopHoldMusicBody {
  clientContext?: string;
}

export interface StopHoldMusicOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.stopHoldMusicOperation`.
   */
  '@odata.type'?: '#microsoft.graph.stopHoldMusicOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
}

/**
 * The parameters of subscribeToTone.
 */
export interface SubscribeToToneBody {
  clientContext?: string;
}

export interface SubscribeToToneOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.subscribeToToneOperation`.
   */
  '@odata.type'?: '#microsoft.graph.subscribeToToneOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
}

export interface TeamworkApplicationIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.teamworkApplicationIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.teamworkApplicationIdentity';
  displayName?: string | null;
  id?: string | null;
  applicationIdentityType?: TeamworkApplicationIdentityType | null;
}

export const TeamworkApplicationIdentityType = {
  AadApplication: 'aadApplication',
  Bot: 'bot',
  TenantBot: 'tenantBot',
  Office365Connector: 'office365Connector',
  OutgoingWebhook: 'outgoingWebhook',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type TeamworkApplicationIdentityType = typeof TeamworkApplicationIdentityType[keyof typeof TeamworkApplicationIdentityType];

export interface TeamworkConversationIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.teamworkConversationIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.teamworkConversationIdentity';
  displayName?: string | null;
  id?: string | null;
  conversationIdentityType?: TeamworkConversationIdentityType | null;
}

export const TeamworkConversationIdentityType = {
  Team: 'team',
  Channel: 'channel',
  Chat: 'chat',
  UnknownFutureValue: 'unknownFutureValue',
} as const;
export type TeamworkConversationIdentityType = typeof TeamworkConversationIdentityType[keyof typeof TeamworkConversationIdentityType];

export interface TeamworkTagIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.teamworkTagIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.teamworkTagIdentity';
  displayName?: string | null;
  id?: string | null;
}

export interface TeamworkUserIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.teamworkUserIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.teamworkUserIdentity';
  displayName?: string | null;
  id?: string | null;
  userIdentityType?: TeamworkUserIdentityType | null;
}

export const TeamworkUserIdentityType = {
  AadUser: 'aadUser',
  OnPremiseAadUser: 'onPremiseAadUser',
  AnonymousGuest: 'anonymousGuest',
  FederatedUser: 'federatedUser',
  PersonalMicrosoftAccountUser: 'personalMicrosoftAccountUser',
  SkypeUser: 'skypeUser',
  PhoneUser: 'phoneUser',
  UnknownFutureValue: 'unknownFutureValue',
  EmailUser: 'emailUser',
} as const;
export type TeamworkUserIdentityType = typeof TeamworkUserIdentityType[keyof typeof TeamworkUserIdentityType];

export interface TokenMeetingInfo {
  /**
   * The OData type: `#microsoft.graph.tokenMeetingInfo`.
   */
  '@odata.type': '#microsoft.graph.tokenMeetingInfo';
  token: string;
}

export const Tone = {
  Tone0: 'tone0',
  Tone1: 'tone1',
  Tone2: 'tone2',
  Tone3: 'tone3',
  Tone4: 'tone4',
  Tone5: 'tone5',
  Tone6: 'tone6',
  Tone7: 'tone7',
  Tone8: 'tone8',
  Tone9: 'tone9',
  Star: 'star',
  Pound: 'pound',
  A: 'a',
  B: 'b',
  C: 'c',
  D: 'd',
  Flash: 'flash',
} as const;
export type Tone = typeof Tone[keyof typeof Tone];

export interface ToneInfo {
  /**
   * The OData type: `#microsoft.graph.toneInfo`.
   */
  '@odata.type'?: '#microsoft.graph.toneInfo';
  sequenceId: number;
  tone: Tone;
}

/**
 * The parameters of transfer.
 */
export interface TransferBody {
  transferTarget: InvitationParticipantInfo;
  transferee?: ParticipantInfo;
}

/**
 * The parameters of unmute.
 */
export interface UnmuteBody {
  clientContext?: string;
}

export interface UnmuteParticipantOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.unmuteParticipantOperation`.
   */
  '@odata.type'?: '#microsoft.graph.unmuteParticipantOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
}

/**
 * The parameters of updateRecordingStatus.
 */
export interface UpdateRecordingStatusBody {
  status: RecordingStatus;
  clientContext?: string;
}

export interface UpdateRecordingStatusOperation {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.updateRecordingStatusOperation`.
   */
  '@odata.type'?: '#microsoft.graph.updateRecordingStatusOperation';
  id?: string;
  clientContext?: string | null;
  resultInfo?: ResultInfo | null;
  status?: OperationStatus | null;
}

export interface UserIdentity {
  [key: string]: unknown;
  /**
   * The OData type: `#microsoft.graph.userIdentity`.
   */
  '@odata.type'?: '#microsoft.graph.userIdentity';
  displayName?: string | null;
  id?: string | null;
  ipAddress?: string | null;
  userPrincipalName?: string | null;
}

/** A CallOptions or a type derived from it, told apart by `@odata.type` (`isCallOptions` and the guards of each). */
export type AnyCallOptions = IncomingCallOptions | OutgoingCallOptions;

/** A CommsOperation or a type derived from it, told apart by `@odata.type` (`isCommsOperation` and the guards of each). */
export type AnyCommsOperation = CommsOperation | AddLargeGalleryViewOperation | CancelMediaProcessingOperation | InviteParticipantsOperation | MuteParticipantOperation | PlayPromptOperation | RecordOperation | SendDtmfTonesOperation | StartHoldMusicOperation | StopHoldMusicOperation | SubscribeToToneOperation | UnmuteParticipantOperation | UpdateRecordingStatusOperation;

/** A Identity or a type derived from it, told apart by `@odata.type` (`isIdentity` and the guards of each). */
export type AnyIdentity = Identity | AzureCommunicationServicesUserIdentity | CallRecordsUserIdentity | CommunicationsApplicationIdentity | CommunicationsApplicationInstanceIdentity | CommunicationsEncryptedIdentity | CommunicationsGuestIdentity | CommunicationsPhoneIdentity | CommunicationsUserIdentity | EmailIdentity | Initiator | ProvisionedIdentity | ProvisioningServicePrincipal | ProvisioningSystem | ServicePrincipalIdentity | SharePointGroupIdentity | SharePointIdentity | TeamworkApplicationIdentity | TeamworkConversationIdentity | TeamworkTagIdentity | TeamworkUserIdentity | UserIdentity;

/** A MediaConfig or a type derived from it, told apart by `@odata.type` (`isMediaConfig` and the guards of each). */
export type AnyMediaConfig = AppHostedMediaConfig | ServiceHostedMediaConfig;

/** A MeetingInfo or a type derived from it, told apart by `@odata.type` (`isMeetingInfo` and the guards of each). */
export type AnyMeetingInfo = JoinMeetingIdMeetingInfo | OrganizerMeetingInfo | TokenMeetingInfo;

/** A Prompt or a type derived from it, told apart by `@odata.type` (`isPrompt` and the guards of each). */
export type AnyPrompt = MediaPrompt;
