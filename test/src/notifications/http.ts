// A bare node:http client for callback-handler tests: full control of method, headers and body framing.
import { createServer, request, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: any;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string | number>;
  /** Sent as is; an array is sent chunk by chunk (chunked encoding unless a content-length header is given). */
  body?: string | Buffer | Buffer[];
}

export function send(url: string, { method = 'POST', headers = {}, body }: RawRequest = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    for (const chunk of Array.isArray(body) ? body : body === undefined ? [] : [body]) req.write(chunk);
    req.end();
  });
}

export async function listen(listener: RequestListener): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/calls`;
  return {
    url,
    server,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

export interface RawAnswer {
  status: number;
  /** Lowercased names. */
  headers: Record<string, string>;
  text: string;
}

/** A request written byte by byte on a bare socket, so that a test can stall, trickle or flood the body. */
export interface RawExchange {
  socket: Socket;
  /** The whole answer (head and Content-Length body), once it arrived. Rejects if the connection ends first. */
  answer: Promise<RawAnswer>;
  /** Settles when the connection is gone, whoever ended it, with the bytes the server sent on it. */
  closed: Promise<{ received: number }>;
  /** Writes more of the body; resolves false once the socket can take no more (closed or reset). */
  write(chunk: Buffer | string): Promise<boolean>;
}

export function rawRequest(url: string, head: Record<string, string | number>, firstBody?: Buffer | string): RawExchange {
  const { hostname, port, pathname } = new URL(url);
  const socket = connect(Number(port), hostname);
  let received = Buffer.alloc(0);
  let resolveAnswer!: (a: RawAnswer) => void;
  let rejectAnswer!: (e: Error) => void;
  const answer = new Promise<RawAnswer>((resolve, reject) => ((resolveAnswer = resolve), (rejectAnswer = reject)));
  answer.catch(() => undefined); // a test that only waits for `closed` need not look at it
  socket.on('data', (d: Buffer) => {
    received = Buffer.concat([received, d]);
    const parsed = parseAnswer(received);
    if (parsed) resolveAnswer(parsed);
  });
  socket.on('error', () => undefined); // a reset after the answer is the point of some tests
  const closed = new Promise<{ received: number }>((resolve) =>
    socket.once('close', () => {
      rejectAnswer(new Error(`connection closed without a whole answer: ${JSON.stringify(received.toString('latin1').slice(0, 200))}`));
      resolve({ received: received.byteLength });
    }),
  );
  const lines = [`POST ${pathname} HTTP/1.1`, `Host: ${hostname}:${port}`, ...Object.entries(head).map(([k, v]) => `${k}: ${v}`)];
  socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  if (firstBody !== undefined) socket.write(firstBody);
  const write = (chunk: Buffer | string) =>
    new Promise<boolean>((resolve) => {
      if (socket.destroyed || !socket.writable) return resolve(false);
      const drained = socket.write(chunk, (e) => e && resolve(false));
      if (drained) return resolve(true);
      const onDrain = () => (socket.off('close', onClose), resolve(true));
      const onClose = () => (socket.off('drain', onDrain), resolve(false));
      socket.once('drain', onDrain);
      socket.once('close', onClose);
    });
  return { socket, answer, closed, write };
}

function parseAnswer(bytes: Buffer): RawAnswer | undefined {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine, ...headerLines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? 0);
  if (bytes.byteLength < end + 4 + length) return undefined;
  return { status: Number(statusLine!.split(' ')[1]), headers, text: bytes.subarray(end + 4, end + 4 + length).toString('utf8') };
}
