/** Lighthouse's two device profiles. */
export const PROFILES = ['mobile', 'desktop'] as const;
export type Profile = (typeof PROFILES)[number];

/** Lighthouse's own default, and the conditions most readers have: a phone on a mobile network. */
export const DEFAULT_PROFILE: Profile = 'mobile';

/** The profile a project is measured with: `--profile` when given, else the project's own, else the default. */
export function profileFor(flag: Profile | undefined, project?: { profile?: Profile }): Profile {
  return flag ?? project?.profile ?? DEFAULT_PROFILE;
}
