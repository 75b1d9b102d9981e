/** Most redirects followed before giving up, as curl's `--max-redirs` default once was; no real page needs more. */
export const MAX_REDIRECTS = 20;

/** TLS failure codes and what each means to a reader. */
const TLS_REASONS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'its certificate has expired',
  CERT_NOT_YET_VALID: 'its certificate is not valid yet',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its certificate chain ends in a self-signed certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate cannot be verified (an intermediate certificate is missing?)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its certificate was issued by an authority this machine does not trust',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for another host name',
};

/** The readable part of an OpenSSL message ("…:SSL routines:func:wrong version number:file:line:"), or the message itself. */
function openSslReason(message: string): string {
  const match = /SSL routines:[^:]*:([^:]+):/.exec(message);
  return (match ? match[1]! : message).trim();
}

/** Says in one sentence why a request failed at the network level, naming the host and port and what to check. */
export function networkErrorText(error: { code?: string; message: string }, host: string, port: number): string {
  const where = `${host}:${port}`;
  const code = error.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return `could not resolve ${host} (${code}): check the URL and this machine's DNS`;
  if (code === 'ECONNREFUSED') return `connection refused by ${where}: nothing listens there; is the server running?`;
  if (code === 'ECONNRESET' || code === 'EPIPE') return `the connection to ${where} was closed before an answer came (${code})`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `${where} cannot be reached from this machine (${code})`;
  const tls = TLS_REASONS[code];
  if (tls !== undefined) return `TLS error with ${where}: ${tls} (${code})`;
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER') return `TLS error with ${where}: the server did not answer in TLS; is the page served over http:// rather than https://? (${code})`;
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /ssl|tls|certificate/i.test(error.message)) return `TLS error with ${where}: ${openSslReason(error.message)}${code ? ` (${code})` : ''}`;
  return `the request to ${where} failed: ${error.message}${code ? ` (${code})` : ''}`;
}

/** Says that a request got no answer in time. */
export function timeoutText(seconds: number): string {
  return `no answer within ${seconds} s (--timeout ${seconds}): the page hangs or is slower than the limit; raise --timeout if it is only slow`;
}

/** The facts of a final answer that decide whether the page can be measured. */
export interface AnswerFacts {
  status: number;
  statusText?: string;
  contentType?: string;
  location?: string;
}

/** True for the content types a browser renders as a page. */
function isHtml(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'text/html' || type === 'application/xhtml+xml';
}

/** Why an answer cannot be measured as a page (an HTTP error, a redirect with nowhere to go, not HTML), or undefined when it can. */
export function answerProblem(answer: AnswerFacts): string | undefined {
  const text = answer.statusText ? ` ${answer.statusText}` : '';
  if (answer.status >= 300 && answer.status < 400 && !answer.location) return `the page answered a redirect (HTTP ${answer.status}${text}) without a Location header`;
  if (answer.status >= 400) return `the page answered HTTP ${answer.status}${text}: fix the page, or the URL in the project file`;
  if (answer.status < 200) return `the page answered HTTP ${answer.status}${text}, which is not a final answer`;
  if (answer.contentType !== undefined && answer.contentType !== '' && !isHtml(answer.contentType)) {
    return `the page answered ${answer.contentType.split(';')[0]!.trim()}, not HTML: Lighthouse measures HTML pages; point the URL at one`;
  }
  return undefined;
}

/** Says why following redirects stopped: a URL came back (a loop), or there were too many. */
export function redirectProblem(chain: readonly string[], next: string): string | undefined {
  const start = chain.indexOf(next);
  if (start !== -1) return `redirect loop: ${[...chain.slice(start), next].join(' → ')}`;
  if (chain.length > MAX_REDIRECTS) return `more than ${MAX_REDIRECTS} redirects, starting at ${chain[0]}: the page never settles`;
  return undefined;
}
