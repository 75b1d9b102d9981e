import { expect, test } from 'vitest';
import { lowerModuleScriptPriority } from '../../src/lib/script-priority.ts';

test.each<[string, string, string]>([
  ['a module script in the head', '<script type="module" src="/_astro/page.js"></script>', '<script type="module" src="/_astro/page.js" fetchpriority="low"></script>'],
  ['one with more attributes', '<script type="module" src="/_astro/ec.js" defer></script>', '<script type="module" src="/_astro/ec.js" fetchpriority="low" defer></script>'],
  ['one that already states its priority', '<script type="module" src="/a.js" fetchpriority="high"></script>', '<script type="module" src="/a.js" fetchpriority="high"></script>'],
  ['an inline script', '<script>window.x = 1</script>', '<script>window.x = 1</script>'],
  ['a classic script', '<script src="/a.js"></script>', '<script src="/a.js"></script>'],
])('%s', (_, html, expected) => expect(lowerModuleScriptPriority(html)).toBe(expected));
