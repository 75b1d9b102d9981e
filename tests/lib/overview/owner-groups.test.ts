import { describe, expect, test } from 'vitest';
import { groupByOwner, ownerAnchor } from '../../../src/lib/overview/owner-groups.ts';

/** A project of an owner, with the fields the grouping sorts on. */
const project = (name: string, owner: string, attention = 0) => ({ name, owner, attention, progress: 0.5 });

describe('groupByOwner', () => {
  test('groups by owner, owners alphabetically, each group in the chosen order, with its attention summed', () => {
    const groups = groupByOwner([project('Shop', 'Commerce', 1), project('Blog', 'Content'), project('Cart', 'Commerce', 3), project('Basket', 'Commerce')], 'attention', 'en');
    expect(groups.map((group) => [group.owner, group.projects.map((p) => p.name), group.attention])).toEqual([
      ['Commerce', ['Cart', 'Shop', 'Basket'], 4],
      ['Content', ['Blog'], 0],
    ]);
  });

  test('one owner spelt two ways is one group, named as its project first by name spells it', () => {
    const groups = groupByOwner([project('Zeta', 'commerce  team'), project('Alpha', 'Commerce team')], 'name', 'en');
    expect(groups.map((group) => [group.owner, group.projects.length])).toEqual([['Commerce team', 2]]);
  });

  test('owners sort in the language’s order: accents with their letter', () => {
    const groups = groupByOwner([project('A', 'Zoé'), project('B', 'Équipe web'), project('C', 'Data')], 'name', 'fr');
    expect(groups.map((group) => group.owner)).toEqual(['Data', 'Équipe web', 'Zoé']);
  });

  test('200 projects over 12 owners make 12 groups with unique anchors, every project in one', () => {
    const projects = Array.from({ length: 200 }, (_, index) => project(`Service ${index + 1}`, `Team ${index % 12}`));
    const groups = groupByOwner(projects, 'attention', 'en');
    expect(groups).toHaveLength(12);
    expect(new Set(groups.map((group) => group.anchor)).size).toBe(12);
    expect(groups.reduce((sum, group) => sum + group.projects.length, 0)).toBe(200);
  });

  test('no project, no group', () => expect(groupByOwner([], 'name', 'en')).toEqual([]));
});

describe('ownerAnchor', () => {
  test.each([
    // plain letters and digits, accents folded, the rest a dash
    ['Équipe Paiements', [], 'owner-equipe-paiements'],
    ['<script>alert(1)</script>', [], 'owner-script-alert-1-script'],
    // taken: the next number
    ['Commerce', ['owner-commerce'], 'owner-commerce-2'],
    ['Commerce', ['owner-commerce', 'owner-commerce-2'], 'owner-commerce-3'],
    // no letter to keep: numbered
    ['开发团队', [], 'owner-1'],
    ['开发团队', ['owner-1'], 'owner-2'],
    // a long name is cut, without a trailing dash
    ['a'.repeat(47) + ' b', [], `owner-${'a'.repeat(47)}`],
  ])('%s with %j taken → %s', (owner, taken, anchor) => expect(ownerAnchor(owner, new Set(taken))).toBe(anchor));
});
