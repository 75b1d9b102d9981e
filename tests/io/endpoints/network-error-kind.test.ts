import { expect, test } from 'vitest';
import { networkErrorKind } from '../../../src/io/endpoints/network-error-kind.ts';

test.each([
  // Nothing listens on the port.
  { code: 'ECONNREFUSED', kind: 'refused' },
  // The server or something on the way tore the connection down.
  { code: 'ECONNRESET', kind: 'reset' },
  { code: 'EPIPE', kind: 'reset' },
  // Name resolution and anything unknown are other network failures.
  { code: 'ENOTFOUND', kind: 'other' },
  { code: undefined, kind: 'other' },
])('$code is $kind', ({ code, kind }) => {
  expect(networkErrorKind(code)).toBe(kind);
});
