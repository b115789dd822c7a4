// The legacy (Bot Framework calling) notification format. Graph's calling service may deliver a bot's first
// callback in it; the documented answer is 204 No Content, after which the same notification comes again in the
// Graph protocol (microsoft-graph-comms-samples, "Notifications in Calling", Protocol determination).

// Members only the legacy conversation and operation-result payloads have; a commsNotifications body has `value`.
const LEGACY_MEMBERS = ['callState', 'presentedModalityTypes', 'operationOutcome', 'conversationResult'];

/** True when `body` (text, bytes, or what a body parser made) is a legacy-format notification. */
export function isLegacyNotification(body: unknown): boolean {
  let value = body;
  if (typeof body === 'string' || body instanceof Uint8Array) {
    try {
      value = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
    } catch {
      return false;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'value' in value) return false;
  return LEGACY_MEMBERS.some((m) => Object.hasOwn(value, m));
}
