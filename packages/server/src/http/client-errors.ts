import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';

/**
 * What Node's HTTP parser refuses before any route sees the request (headers over its 16 KiB
 * limit, a request it cannot parse) gets a problem like every other answer, not Node's bare
 * status line with an empty body. A request id is made for it, as nothing else has one.
 */
export function answerClientErrors(server: EventEmitter): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection reset or timed out has nobody left to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, title, detail] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'The request headers are larger than the server accepts (16 KiB in all).']
        : [400, 'Bad Request', 'The request is not valid HTTP/1.1.'];
    const requestId = randomUUID();
    const body = JSON.stringify({ type: 'about:blank', title, status, detail, requestId });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
