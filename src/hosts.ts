// Which URLs may carry the access token: a host on the allow-list, over https, or over http only
// when the host is this machine (a local test server). Checked before every request that carries it.
import { TokenLeakError } from './errors.js';

export interface HostPolicy {
  /** Throws TokenLeakError when `url` must not receive the token. */
  assertAllowed(url: URL): void;
  /** True when `url` may receive the token. */
  allows(url: URL): boolean;
}

const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** 127.0.0.0/8, ::1 and `localhost` (a URL's hostname, so IPv6 comes bracketed). */
export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h === '[::1]' || IPV4_LOOPBACK.test(h);
}

// An entry may be "host" (any port) or "host:port" (that port only); both are compared lower-case.
function normalizeEntry(entry: unknown): string {
  const text = typeof entry === 'string' ? entry.trim().toLowerCase() : '';
  try {
    // Let the URL parser canonicalize (IDN, IPv6 brackets, default ports) so entries compare like URL.host.
    const host = text && new URL(`https://${text}`).host;
    if (host) return host;
  } catch {
    // refused below
  }
  throw new TypeError(`allowedHosts entries must be host names, got ${JSON.stringify(entry)}`);
}

export function createHostPolicy(allowedHosts: readonly string[]): HostPolicy {
  if (!Array.isArray(allowedHosts)) throw new TypeError('allowedHosts must be an array');
  const exact = new Set<string>();
  const anyPort = new Set<string>();
  for (const entry of allowedHosts) {
    const host = normalizeEntry(entry);
    (entry.includes(':') && !entry.trim().endsWith(']') ? exact : anyPort).add(host);
  }
  const reason = (url: URL): string | undefined => {
    if (url.username || url.password) return 'the URL carries credentials';
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
      return url.protocol === 'http:' ? 'plain http is only allowed to a loopback host' : `scheme ${url.protocol} is not allowed`;
    }
    if (!exact.has(url.host) && !anyPort.has(url.hostname)) return `host ${url.host} is not in allowedHosts`;
  };
  return {
    allows: (url) => reason(url) === undefined,
    assertAllowed(url) {
      const why = reason(url);
      if (why !== undefined) throw new TokenLeakError(url.href, why);
    },
  };
}
