import type { Locale } from '../schema/localized.ts';
import { foldText } from './project-filter.ts';
import { compareProjects, type SortFields, type SortKey } from './project-order.ts';

/** The projects of one owner, as the overview lists them under the owner's heading. */
export interface OwnerGroup<Project> {
  /** The owner's name as its project first by name spells it. */
  owner: string;
  /** The id of the group's heading, unique on the page: `owner-` and the name in plain letters. */
  anchor: string;
  projects: Project[];
  /** Items needing attention across the group's projects. */
  attention: number;
}

/** The longest slug an anchor keeps from an owner's name. */
const MAX_SLUG = 48;

/** The anchor of an owner's heading: its name in plain lower-case letters and digits; a name with none, or one already taken, gets a number. */
export function ownerAnchor(owner: string, taken: ReadonlySet<string>): string {
  const slug = foldText(owner).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_SLUG).replace(/-+$/, '');
  const base = slug === '' ? 'owner' : `owner-${slug}`;
  if (slug !== '' && !taken.has(base)) return base;
  // Of taken.size + 1 numbered candidates, one at least is free.
  for (let n = slug === '' ? 1 : 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** How two spellings of an owner are told to be the same: case, accents and spacing aside. */
const ownerKey = (owner: string) => foldText(owner);

/**
 * Groups projects by owner, owners in the language's alphabetical order, each group's projects in
 * the chosen order; an empty list gives no group.
 */
export function groupByOwner<Project extends SortFields & { owner: string }>(projects: readonly Project[], key: SortKey, locale: Locale): OwnerGroup<Project>[] {
  const compare = compareProjects(key, locale);
  const byOwner = new Map<string, Project[]>();
  for (const project of projects) {
    const group = byOwner.get(ownerKey(project.owner));
    if (group) group.push(project);
    else byOwner.set(ownerKey(project.owner), [project]);
  }
  const collator = new Intl.Collator(locale === 'fr' ? 'fr-FR' : 'en-GB', { numeric: true });
  const taken = new Set<string>();
  return [...byOwner.values()]
    .map((members) => {
      const sorted = [...members].sort(compare);
      const spelling = [...members].sort((a, b) => collator.compare(a.name, b.name))[0]!.owner;
      return { owner: spelling, projects: sorted };
    })
    .sort((a, b) => collator.compare(a.owner, b.owner))
    .map(({ owner, projects: members }) => {
      const anchor = ownerAnchor(owner, taken);
      taken.add(anchor);
      return { owner, anchor, projects: members, attention: members.reduce((sum, project) => sum + project.attention, 0) };
    });
}
