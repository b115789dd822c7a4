// The one reader of the resource paths notifications carry (`resourceUrl`, `resource`, `@odata.id`):
// `/{route…}/calls/{callId}[/operations/{operationId} | /participants[/…] | /…]`, leading slash optional, an origin
// and version tolerated. The strict parser of an answer's Location is location.ts's; this one is for reading what a
// notification is about, so it names what it finds and refuses nothing but what it cannot read.

export interface ResourceRef {
  callId: string;
  /** What under the call the path names. */
  kind: 'call' | 'operation' | 'participants' | 'other';
  /** Set when kind is 'operation'. */
  operationId?: string;
}

const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** What `resource` names under which call, ids decoded; undefined when it names no call or cannot be decoded. */
export function resourceOf(resource: unknown): ResourceRef | undefined {
  if (typeof resource !== 'string' || resource.length > 4096) return undefined;
  const segments = resource.replace(ORIGIN, '').split(/[?#]/, 1)[0]!.split('/').filter((s) => s !== '');
  const at = segments.findIndex((s) => s.toLowerCase() === 'calls');
  if (at < 0 || segments[at + 1] === undefined) return undefined;
  try {
    const callId = decodeURIComponent(segments[at + 1]!);
    const rest = segments.slice(at + 2);
    const head = rest[0]?.toLowerCase();
    if (rest.length === 0) return { callId, kind: 'call' };
    if (head === 'operations' && rest.length === 2) {
      const operationId = decodeURIComponent(rest[1]!);
      return operationId ? { callId, kind: 'operation', operationId } : undefined;
    }
    return { callId, kind: head === 'participants' ? 'participants' : 'other' };
  } catch {
    return undefined;
  }
}
