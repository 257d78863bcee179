/**
 * How the WebSocket endpoint refuses a connection: a close code a graphql-ws client acts on, and
 * a reason that starts with our error code, `RATE_LIMITED: …`. graphql-ws clients do not retry
 * after 4401 and 4429; they retry after 1013 (try again later) and 1001 (going away).
 */
import type { WebSocket } from 'ws';

export const CLOSE_CODES = {
  /** Wrong credentials, or none where QUERY_ACCESS=key (graphql-ws's Unauthorized). */
  UNAUTHENTICATED: 4401,
  /** Too many connections from one client (graphql-ws's code for too many requests). */
  RATE_LIMITED: 4429,
  /** The server holds as many connections as it takes (WebSocket's "try again later"). */
  OVERLOADED: 1013,
  /** A message larger than the server reads (WebSocket's "message too big"). */
  PAYLOAD_TOO_LARGE: 1009,
  /** The server is shutting down (WebSocket's "going away"). */
  GOING_AWAY: 1001,
  /** A bug: logged, never described to the client. */
  INTERNAL_SERVER_ERROR: 4500,
} as const;

export type CloseReason = keyof typeof CLOSE_CODES;

/** WebSocket close reasons are at most 123 bytes. */
const MAX_REASON_BYTES = 123;

export function closeReason(code: string, message: string): string {
  const reason = `${code}: ${message}`;
  if (Buffer.byteLength(reason) <= MAX_REASON_BYTES) return reason;
  let cut = reason;
  while (Buffer.byteLength(cut) > MAX_REASON_BYTES - 3) cut = cut.slice(0, -1); // room for '…'
  return `${cut}…`;
}

/** Closes the socket with the code's close code and `CODE: message` as the reason. */
export function refuse(socket: WebSocket, code: CloseReason, message: string): void {
  if (socket.readyState === socket.CLOSING || socket.readyState === socket.CLOSED) return;
  socket.close(CLOSE_CODES[code], closeReason(code, message));
}
