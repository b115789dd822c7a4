// Redirects, followed by hand so the token never goes where allowedHosts does not allow. Only a transport
// that shows redirects needs this: a browser's fetch answers `redirect: 'manual'` with an opaque response
// (status 0) that hides where it points, so the browser platform (platform/browser.ts) has no follower.
import type { FetchResponseLike, RedirectFollower } from './contract.js';
import { GraphError } from './errors.js';
import { nodeStreamReader } from './node-streams.js';
import { cancelBody } from './response.js';

type Policy = Parameters<RedirectFollower>[4];

/**
 * Where `res` sends the request next (absolute, on a host the policy allows), or undefined when `res` is an
 * answer. `url` is where `res` came from, `hop` how many redirects this attempt followed already.
 */
function redirectTarget(res: FetchResponseLike, req: { method: string; clientRequestId: string }, url: string, hop: number, cfg: Policy): string | undefined {
  const { status } = res;
  // 307/308 keep method and body. 301/302/303 would turn a POST into a GET of some other URL, which
  // is not the action the caller asked for, so for a POST they are answers (and become GraphErrors).
  const follows = status === 307 || status === 308 || ((status === 301 || status === 302 || status === 303) && (req.method === 'GET' || req.method === 'HEAD'));
  const location = follows ? res.headers.get('location') : null;
  if (location === null) return undefined;
  const fail = (code: string, message: string) => new GraphError({ status, code, message, clientRequestId: req.clientRequestId });
  if (hop >= cfg.maxRedirects) throw fail('tooManyRedirects', `More than ${cfg.maxRedirects} redirects`);
  let next: URL;
  try {
    next = new URL(location, url);
  } catch {
    throw fail('invalidRedirect', `Unusable redirect Location ${JSON.stringify(location)}`);
  }
  // Refused, not stripped: the request means nothing to a host that may not see the token.
  cfg.hosts.assertAllowed(next);
  return next.href;
}

/** Sends through `hop` until an answer is no redirect to follow (see RedirectFollower). */
export const followRedirects: RedirectFollower = async (first, hop, drain, req, policy) => {
  let url = req.url;
  for (let n = 0; ; n++) {
    const res = n === 0 ? first : await hop(url);
    let next: string | undefined;
    try {
      next = redirectTarget(res, req, url, n, policy);
    } catch (e) {
      // A refused redirect: its body is not worth reading.
      cancelBody(res, nodeStreamReader);
      throw e;
    }
    if (next === undefined) return res;
    await drain(res);
    url = next;
  }
};
