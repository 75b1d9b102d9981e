// The `audits` content collection's loader: reads every src/content/audits/<project>/<day>.yaml
// through the same reader as `npm run audit -- check`, so the build refuses an invalid audit with
// the file, the line and the field named, and keeps the format findings for the report to show.
import type { Loader, LoaderContext } from 'astro/loaders';
import { auditReferences, findingText } from '../../lib/audits/audit-rules.ts';
import { ContentError } from '../../lib/friendly-errors.ts';
import { defaultRoot } from '../content-paths.ts';
import { buildCatalog } from '../load-catalog.ts';
import { auditsFolder } from './audit-files.ts';
import { INVALID_RULES, readAudits } from './read-audits.ts';

/** Reads every audit into the store; throws one ContentError naming every invalid file, field and line. */
function loadAudits(root: string, { store, generateDigest }: Pick<LoaderContext, 'store' | 'generateDigest'>): void {
  const catalog = buildCatalog(root);
  const audits = readAudits(root, auditReferences(catalog), [...catalog.projects.keys()]);
  const problems = audits.flatMap((audit) => audit.findings.filter((finding) => INVALID_RULES.has(finding.rule)).map(findingText));
  if (problems.length > 0) throw new ContentError(`${problems.join('\n')}\nFix the audit and build again.`, problems);
  store.clear();
  for (const audit of audits) {
    // The body keeps the text, so a report can point its format findings at their lines.
    store.set({ id: audit.id, data: audit.audit as unknown as Record<string, unknown>, body: audit.text, digest: generateDigest(audit.text) });
  }
}

/** The dev servers' file watchers already listening for audit changes. */
const watched = new WeakSet<object>();

/** The loader of the audits of every project, read from `root` (PERF_HANDBOOK_ROOT in tests). */
export function auditLoader(root = defaultRoot()): Loader {
  return {
    name: 'perf-handbook-audits',
    load: async (context) => {
      loadAudits(root, context);
      // In dev, an edited audit is read again; one listener per watcher, however often Astro loads.
      const folder = auditsFolder(root);
      const watcher = context.watcher;
      if (watcher === undefined || watched.has(watcher)) return;
      watched.add(watcher);
      watcher.add(folder);
      watcher.on('all', (_event, path) => {
        if (!path.startsWith(folder)) return;
        try {
          loadAudits(root, context);
        } catch (error) {
          // The dev server stays up and says what to fix; the build, above, fails on it.
          if (!(error instanceof ContentError)) throw error;
          context.logger.error(error.message);
        }
      });
    },
  };
}
