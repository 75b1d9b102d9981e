/** The kinds of network failure a load run counts apart. */
export type NetworkErrorKind = 'refused' | 'reset' | 'other';

/** Codes of a connection torn down by the other side (or by something on the way). */
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'HPE_INVALID_EOF_STATE']);

/** Sorts a Node error code into refused, reset or another network failure. */
export function networkErrorKind(code: string | undefined): NetworkErrorKind {
  if (code === 'ECONNREFUSED') return 'refused';
  if (code !== undefined && RESET_CODES.has(code)) return 'reset';
  return 'other';
}
