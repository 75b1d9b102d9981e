/** Second-level names reserved for documentation by RFC 2606: no real page can live there. */
const DOCUMENTATION_DOMAINS = ['example.com', 'example.net', 'example.org'];
/** Top-level names reserved by RFC 2606 for examples and for names that must never resolve. */
const DOCUMENTATION_TLDS = ['example', 'invalid'];

/** True when a host name is reserved for documentation (RFC 2606), such as shop.example.com: an example, never a real page. */
export function isDocumentationHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (DOCUMENTATION_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) return true;
  return DOCUMENTATION_TLDS.some((tld) => host === tld || host.endsWith(`.${tld}`));
}

/** True when a URL points at a documentation-only host; false for anything that does not parse. */
export function isDocumentationUrl(url: string): boolean {
  try {
    return isDocumentationHost(new URL(url).hostname);
  } catch {
    return false;
  }
}
