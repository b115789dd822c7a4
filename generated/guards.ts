// GENERATED FILE: DO NOT EDIT.
// Written by `npm run generate` (codegen/) from spec/ (Microsoft Graph v1.0-Prod.csdl and the 2018 overlay) through
// openapi-generator (typescript-fetch, with codegen/templates/) and ts-morph. Edit spec/ or codegen/ and regenerate.

// Type guards on `@odata.type`, which OData compares case-insensitively.
import type { AddLargeGalleryViewOperation, AnyCallOptions, AnyCommsOperation, AnyIdentity, AnyMediaConfig, AnyMeetingInfo, AnyPrompt, AppHostedMediaConfig, AzureCommunicationServicesUserIdentity, Call, CallRecordsUserIdentity, CancelMediaProcessingOperation, CommsResource, CommunicationsApplicationIdentity, CommunicationsApplicationInstanceIdentity, CommunicationsEncryptedIdentity, CommunicationsGuestIdentity, CommunicationsPhoneIdentity, CommunicationsUserIdentity, EmailIdentity, IncomingCallOptions, Initiator, InviteParticipantsOperation, JoinMeetingIdMeetingInfo, MediaPrompt, MuteParticipantOperation, OrganizerMeetingInfo, OutgoingCallOptions, Participant, PlayPromptOperation, ProvisionedIdentity, ProvisioningServicePrincipal, ProvisioningSystem, RecordOperation, SendDtmfTonesOperation, ServiceHostedMediaConfig, ServicePrincipalIdentity, SharePointGroupIdentity, SharePointIdentity, StartHoldMusicOperation, StopHoldMusicOperation, SubscribeToToneOperation, TeamworkApplicationIdentity, TeamworkConversationIdentity, TeamworkTagIdentity, TeamworkUserIdentity, TokenMeetingInfo, UnmuteParticipantOperation, UpdateRecordingStatusOperation, UserIdentity } from './models.js';

/** True when `value` is an object whose `@odata.type` is one of `odataTypes` (lower case), in any case. */
function tagged(value: unknown, odataTypes: readonly string[]): boolean {
  const t = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['@odata.type'] : undefined;
  return typeof t === 'string' && odataTypes.includes(t.toLowerCase());
}

/** True when `@odata.type` is `#microsoft.graph.addLargeGalleryViewOperation`. */
export function isAddLargeGalleryViewOperation(value: unknown): value is AddLargeGalleryViewOperation {
  return tagged(value, ['#microsoft.graph.addlargegalleryviewoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.appHostedMediaConfig`. */
export function isAppHostedMediaConfig(value: unknown): value is AppHostedMediaConfig {
  return tagged(value, ['#microsoft.graph.apphostedmediaconfig']);
}

/** True when `@odata.type` is `#microsoft.graph.azureCommunicationServicesUserIdentity`. */
export function isAzureCommunicationServicesUserIdentity(value: unknown): value is AzureCommunicationServicesUserIdentity {
  return tagged(value, ['#microsoft.graph.azurecommunicationservicesuseridentity']);
}

/** True when `@odata.type` is `#microsoft.graph.call`. */
export function isCall(value: unknown): value is Call {
  return tagged(value, ['#microsoft.graph.call']);
}

/** True when `@odata.type` is one of `#microsoft.graph.incomingCallOptions`, `#microsoft.graph.outgoingCallOptions`. */
export function isCallOptions(value: unknown): value is AnyCallOptions {
  return tagged(value, ['#microsoft.graph.incomingcalloptions', '#microsoft.graph.outgoingcalloptions']);
}

/** True when `@odata.type` is `#microsoft.graph.callRecords.userIdentity`. */
export function isCallRecordsUserIdentity(value: unknown): value is CallRecordsUserIdentity {
  return tagged(value, ['#microsoft.graph.callrecords.useridentity']);
}

/** True when `@odata.type` is `#microsoft.graph.cancelMediaProcessingOperation`. */
export function isCancelMediaProcessingOperation(value: unknown): value is CancelMediaProcessingOperation {
  return tagged(value, ['#microsoft.graph.cancelmediaprocessingoperation']);
}

/** True when `@odata.type` is one of `#microsoft.graph.commsOperation`, `#microsoft.graph.addLargeGalleryViewOperation`, `#microsoft.graph.cancelMediaProcessingOperation`, `#microsoft.graph.inviteParticipantsOperation`, `#microsoft.graph.muteParticipantOperation`, `#microsoft.graph.playPromptOperation`, `#microsoft.graph.recordOperation`, `#microsoft.graph.sendDtmfTonesOperation`, `#microsoft.graph.startHoldMusicOperation`, `#microsoft.graph.stopHoldMusicOperation`, `#microsoft.graph.subscribeToToneOperation`, `#microsoft.graph.unmuteParticipantOperation`, `#microsoft.graph.updateRecordingStatusOperation`. */
export function isCommsOperation(value: unknown): value is AnyCommsOperation {
  return tagged(value, ['#microsoft.graph.commsoperation', '#microsoft.graph.addlargegalleryviewoperation', '#microsoft.graph.cancelmediaprocessingoperation', '#microsoft.graph.inviteparticipantsoperation', '#microsoft.graph.muteparticipantoperation', '#microsoft.graph.playpromptoperation', '#microsoft.graph.recordoperation', '#microsoft.graph.senddtmftonesoperation', '#microsoft.graph.startholdmusicoperation', '#microsoft.graph.stopholdmusicoperation', '#microsoft.graph.subscribetotoneoperation', '#microsoft.graph.unmuteparticipantoperation', '#microsoft.graph.updaterecordingstatusoperation']);
}

/** True when `@odata.type` is one of `#microsoft.graph.commsOperation`, `#microsoft.graph.addLargeGalleryViewOperation`, `#microsoft.graph.cancelMediaProcessingOperation`, `#microsoft.graph.inviteParticipantsOperation`, `#microsoft.graph.muteParticipantOperation`, `#microsoft.graph.playPromptOperation`, `#microsoft.graph.recordOperation`, `#microsoft.graph.sendDtmfTonesOperation`, `#microsoft.graph.startHoldMusicOperation`, `#microsoft.graph.stopHoldMusicOperation`, `#microsoft.graph.subscribeToToneOperation`, `#microsoft.graph.unmuteParticipantOperation`, `#microsoft.graph.updateRecordingStatusOperation`, `#microsoft.graph.call`, `#microsoft.graph.participant`. */
export function isCommsResource(value: unknown): value is CommsResource {
  return tagged(value, ['#microsoft.graph.commsoperation', '#microsoft.graph.addlargegalleryviewoperation', '#microsoft.graph.cancelmediaprocessingoperation', '#microsoft.graph.inviteparticipantsoperation', '#microsoft.graph.muteparticipantoperation', '#microsoft.graph.playpromptoperation', '#microsoft.graph.recordoperation', '#microsoft.graph.senddtmftonesoperation', '#microsoft.graph.startholdmusicoperation', '#microsoft.graph.stopholdmusicoperation', '#microsoft.graph.subscribetotoneoperation', '#microsoft.graph.unmuteparticipantoperation', '#microsoft.graph.updaterecordingstatusoperation', '#microsoft.graph.call', '#microsoft.graph.participant']);
}

/** True when `@odata.type` is `#microsoft.graph.communicationsApplicationIdentity`. */
export function isCommunicationsApplicationIdentity(value: unknown): value is CommunicationsApplicationIdentity {
  return tagged(value, ['#microsoft.graph.communicationsapplicationidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.communicationsApplicationInstanceIdentity`. */
export function isCommunicationsApplicationInstanceIdentity(value: unknown): value is CommunicationsApplicationInstanceIdentity {
  return tagged(value, ['#microsoft.graph.communicationsapplicationinstanceidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.communicationsEncryptedIdentity`. */
export function isCommunicationsEncryptedIdentity(value: unknown): value is CommunicationsEncryptedIdentity {
  return tagged(value, ['#microsoft.graph.communicationsencryptedidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.communicationsGuestIdentity`. */
export function isCommunicationsGuestIdentity(value: unknown): value is CommunicationsGuestIdentity {
  return tagged(value, ['#microsoft.graph.communicationsguestidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.communicationsPhoneIdentity`. */
export function isCommunicationsPhoneIdentity(value: unknown): value is CommunicationsPhoneIdentity {
  return tagged(value, ['#microsoft.graph.communicationsphoneidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.communicationsUserIdentity`. */
export function isCommunicationsUserIdentity(value: unknown): value is CommunicationsUserIdentity {
  return tagged(value, ['#microsoft.graph.communicationsuseridentity']);
}

/** True when `@odata.type` is `#microsoft.graph.emailIdentity`. */
export function isEmailIdentity(value: unknown): value is EmailIdentity {
  return tagged(value, ['#microsoft.graph.emailidentity']);
}

/** True when `@odata.type` is one of `#microsoft.graph.identity`, `#microsoft.graph.azureCommunicationServicesUserIdentity`, `#microsoft.graph.callRecords.userIdentity`, `#microsoft.graph.communicationsApplicationIdentity`, `#microsoft.graph.communicationsApplicationInstanceIdentity`, `#microsoft.graph.communicationsEncryptedIdentity`, `#microsoft.graph.communicationsGuestIdentity`, `#microsoft.graph.communicationsPhoneIdentity`, `#microsoft.graph.communicationsUserIdentity`, `#microsoft.graph.emailIdentity`, `#microsoft.graph.initiator`, `#microsoft.graph.provisionedIdentity`, `#microsoft.graph.provisioningServicePrincipal`, `#microsoft.graph.provisioningSystem`, `#microsoft.graph.servicePrincipalIdentity`, `#microsoft.graph.sharePointGroupIdentity`, `#microsoft.graph.sharePointIdentity`, `#microsoft.graph.teamworkApplicationIdentity`, `#microsoft.graph.teamworkConversationIdentity`, `#microsoft.graph.teamworkTagIdentity`, `#microsoft.graph.teamworkUserIdentity`, `#microsoft.graph.userIdentity`. */
export function isIdentity(value: unknown): value is AnyIdentity {
  return tagged(value, ['#microsoft.graph.identity', '#microsoft.graph.azurecommunicationservicesuseridentity', '#microsoft.graph.callrecords.useridentity', '#microsoft.graph.communicationsapplicationidentity', '#microsoft.graph.communicationsapplicationinstanceidentity', '#microsoft.graph.communicationsencryptedidentity', '#microsoft.graph.communicationsguestidentity', '#microsoft.graph.communicationsphoneidentity', '#microsoft.graph.communicationsuseridentity', '#microsoft.graph.emailidentity', '#microsoft.graph.initiator', '#microsoft.graph.provisionedidentity', '#microsoft.graph.provisioningserviceprincipal', '#microsoft.graph.provisioningsystem', '#microsoft.graph.serviceprincipalidentity', '#microsoft.graph.sharepointgroupidentity', '#microsoft.graph.sharepointidentity', '#microsoft.graph.teamworkapplicationidentity', '#microsoft.graph.teamworkconversationidentity', '#microsoft.graph.teamworktagidentity', '#microsoft.graph.teamworkuseridentity', '#microsoft.graph.useridentity']);
}

/** True when `@odata.type` is `#microsoft.graph.incomingCallOptions`. */
export function isIncomingCallOptions(value: unknown): value is IncomingCallOptions {
  return tagged(value, ['#microsoft.graph.incomingcalloptions']);
}

/** True when `@odata.type` is `#microsoft.graph.initiator`. */
export function isInitiator(value: unknown): value is Initiator {
  return tagged(value, ['#microsoft.graph.initiator']);
}

/** True when `@odata.type` is `#microsoft.graph.inviteParticipantsOperation`. */
export function isInviteParticipantsOperation(value: unknown): value is InviteParticipantsOperation {
  return tagged(value, ['#microsoft.graph.inviteparticipantsoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.joinMeetingIdMeetingInfo`. */
export function isJoinMeetingIdMeetingInfo(value: unknown): value is JoinMeetingIdMeetingInfo {
  return tagged(value, ['#microsoft.graph.joinmeetingidmeetinginfo']);
}

/** True when `@odata.type` is one of `#microsoft.graph.appHostedMediaConfig`, `#microsoft.graph.serviceHostedMediaConfig`. */
export function isMediaConfig(value: unknown): value is AnyMediaConfig {
  return tagged(value, ['#microsoft.graph.apphostedmediaconfig', '#microsoft.graph.servicehostedmediaconfig']);
}

/** True when `@odata.type` is `#microsoft.graph.mediaPrompt`. */
export function isMediaPrompt(value: unknown): value is MediaPrompt {
  return tagged(value, ['#microsoft.graph.mediaprompt']);
}

/** True when `@odata.type` is one of `#microsoft.graph.joinMeetingIdMeetingInfo`, `#microsoft.graph.organizerMeetingInfo`, `#microsoft.graph.tokenMeetingInfo`. */
export function isMeetingInfo(value: unknown): value is AnyMeetingInfo {
  return tagged(value, ['#microsoft.graph.joinmeetingidmeetinginfo', '#microsoft.graph.organizermeetinginfo', '#microsoft.graph.tokenmeetinginfo']);
}

/** True when `@odata.type` is `#microsoft.graph.muteParticipantOperation`. */
export function isMuteParticipantOperation(value: unknown): value is MuteParticipantOperation {
  return tagged(value, ['#microsoft.graph.muteparticipantoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.organizerMeetingInfo`. */
export function isOrganizerMeetingInfo(value: unknown): value is OrganizerMeetingInfo {
  return tagged(value, ['#microsoft.graph.organizermeetinginfo']);
}

/** True when `@odata.type` is `#microsoft.graph.outgoingCallOptions`. */
export function isOutgoingCallOptions(value: unknown): value is OutgoingCallOptions {
  return tagged(value, ['#microsoft.graph.outgoingcalloptions']);
}

/** True when `@odata.type` is `#microsoft.graph.participant`. */
export function isParticipant(value: unknown): value is Participant {
  return tagged(value, ['#microsoft.graph.participant']);
}

/** True when `@odata.type` is `#microsoft.graph.playPromptOperation`. */
export function isPlayPromptOperation(value: unknown): value is PlayPromptOperation {
  return tagged(value, ['#microsoft.graph.playpromptoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.mediaPrompt`. */
export function isPrompt(value: unknown): value is AnyPrompt {
  return tagged(value, ['#microsoft.graph.mediaprompt']);
}

/** True when `@odata.type` is `#microsoft.graph.provisionedIdentity`. */
export function isProvisionedIdentity(value: unknown): value is ProvisionedIdentity {
  return tagged(value, ['#microsoft.graph.provisionedidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.provisioningServicePrincipal`. */
export function isProvisioningServicePrincipal(value: unknown): value is ProvisioningServicePrincipal {
  return tagged(value, ['#microsoft.graph.provisioningserviceprincipal']);
}

/** True when `@odata.type` is `#microsoft.graph.provisioningSystem`. */
export function isProvisioningSystem(value: unknown): value is ProvisioningSystem {
  return tagged(value, ['#microsoft.graph.provisioningsystem']);
}

/** True when `@odata.type` is `#microsoft.graph.recordOperation`. */
export function isRecordOperation(value: unknown): value is RecordOperation {
  return tagged(value, ['#microsoft.graph.recordoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.sendDtmfTonesOperation`. */
export function isSendDtmfTonesOperation(value: unknown): value is SendDtmfTonesOperation {
  return tagged(value, ['#microsoft.graph.senddtmftonesoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.serviceHostedMediaConfig`. */
export function isServiceHostedMediaConfig(value: unknown): value is ServiceHostedMediaConfig {
  return tagged(value, ['#microsoft.graph.servicehostedmediaconfig']);
}

/** True when `@odata.type` is `#microsoft.graph.servicePrincipalIdentity`. */
export function isServicePrincipalIdentity(value: unknown): value is ServicePrincipalIdentity {
  return tagged(value, ['#microsoft.graph.serviceprincipalidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.sharePointGroupIdentity`. */
export function isSharePointGroupIdentity(value: unknown): value is SharePointGroupIdentity {
  return tagged(value, ['#microsoft.graph.sharepointgroupidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.sharePointIdentity`. */
export function isSharePointIdentity(value: unknown): value is SharePointIdentity {
  return tagged(value, ['#microsoft.graph.sharepointidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.startHoldMusicOperation`. */
export function isStartHoldMusicOperation(value: unknown): value is StartHoldMusicOperation {
  return tagged(value, ['#microsoft.graph.startholdmusicoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.stopHoldMusicOperation`. */
export function isStopHoldMusicOperation(value: unknown): value is StopHoldMusicOperation {
  return tagged(value, ['#microsoft.graph.stopholdmusicoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.subscribeToToneOperation`. */
export function isSubscribeToToneOperation(value: unknown): value is SubscribeToToneOperation {
  return tagged(value, ['#microsoft.graph.subscribetotoneoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.teamworkApplicationIdentity`. */
export function isTeamworkApplicationIdentity(value: unknown): value is TeamworkApplicationIdentity {
  return tagged(value, ['#microsoft.graph.teamworkapplicationidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.teamworkConversationIdentity`. */
export function isTeamworkConversationIdentity(value: unknown): value is TeamworkConversationIdentity {
  return tagged(value, ['#microsoft.graph.teamworkconversationidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.teamworkTagIdentity`. */
export function isTeamworkTagIdentity(value: unknown): value is TeamworkTagIdentity {
  return tagged(value, ['#microsoft.graph.teamworktagidentity']);
}

/** True when `@odata.type` is `#microsoft.graph.teamworkUserIdentity`. */
export function isTeamworkUserIdentity(value: unknown): value is TeamworkUserIdentity {
  return tagged(value, ['#microsoft.graph.teamworkuseridentity']);
}

/** True when `@odata.type` is `#microsoft.graph.tokenMeetingInfo`. */
export function isTokenMeetingInfo(value: unknown): value is TokenMeetingInfo {
  return tagged(value, ['#microsoft.graph.tokenmeetinginfo']);
}

/** True when `@odata.type` is `#microsoft.graph.unmuteParticipantOperation`. */
export function isUnmuteParticipantOperation(value: unknown): value is UnmuteParticipantOperation {
  return tagged(value, ['#microsoft.graph.unmuteparticipantoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.updateRecordingStatusOperation`. */
export function isUpdateRecordingStatusOperation(value: unknown): value is UpdateRecordingStatusOperation {
  return tagged(value, ['#microsoft.graph.updaterecordingstatusoperation']);
}

/** True when `@odata.type` is `#microsoft.graph.userIdentity`. */
export function isUserIdentity(value: unknown): value is UserIdentity {
  return tagged(value, ['#microsoft.graph.useridentity']);
}
