import { describe, expect, test } from 'vitest';
import { DEFAULT_PROFILE, profileFor } from '../../src/lib/profile.ts';

describe('profileFor', () => {
  test.each<[string, Parameters<typeof profileFor>, string]>([
    ['the flag wins over the project', ['desktop', { profile: 'mobile' }], 'desktop'],
    ['the project’s own, without a flag', [undefined, { profile: 'desktop' }], 'desktop'],
    ['mobile, Lighthouse’s default, when neither says', [undefined, {}], 'mobile'],
    ['mobile for ad hoc pages, which have no project', [undefined], 'mobile'],
  ])('%s', (_, args, expected) => expect(profileFor(...args)).toBe(expected));

  test('the default is mobile', () => expect(DEFAULT_PROFILE).toBe('mobile'));
});
