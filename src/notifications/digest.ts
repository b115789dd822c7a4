// SHA-256 for the callback path (the verified-token cache's keys, the duplicate window's payload digests).
// node:crypto's one-shot hash is synchronous and costs a fraction of WebCrypto's, whose digest is a promise and a
// threadpool job per call; WebCrypto is kept for the runtimes without node:crypto (the browser build bundles this).

export type DigestEncoding = 'hex' | 'base64';
type Digest = (data: string | Uint8Array, encoding: DigestEncoding) => string | Promise<string>;
let digest: Digest | undefined;

/** The SHA-256 of a string's UTF-8 or of bytes; chosen on first use, so importing the package stays free of it. */
export function sha256(data: string | Uint8Array, encoding: DigestEncoding): string | Promise<string> {
  return (digest ??= pickDigest())(data, encoding);
}

function pickDigest(): Digest {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
    | typeof import('node:crypto')
    | undefined;
  if (!node) return webSha256;
  // crypto.hash (Node 20.12+) is the one-shot form: no Hash object per call.
  return typeof node.hash === 'function'
    ? (data, encoding) => node.hash('sha256', data, encoding)
    : (data, encoding) => node.createHash('sha256').update(data).digest(encoding);
}

/** The same digest over WebCrypto. */
export async function webSha256(data: string | Uint8Array, encoding: DigestEncoding): Promise<string> {
  // A copy, also of a Buffer's slice of a shared pool: WebCrypto hashes exactly the bytes given.
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return encoding === 'hex' ? Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('') : btoa(String.fromCharCode(...hash));
}
