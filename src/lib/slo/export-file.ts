// What `npm run export` writes for a project, as a pure function of the catalog: the lint first,
// then the generator of the chosen format. Nothing here reads or writes a file.
import type { Catalog } from '../schema/catalog.ts';
import type { Locale } from '../schema/localized.ts';
import type { Project } from '../schema/project.ts';
import { effectiveSlos } from './effective-slos.ts';
import { openSloDocuments } from './openslo.ts';
import { projectK6Script } from './project-k6-script.ts';
import { projectMonitoring } from './project-monitoring.ts';
import type { ProjectSlos } from './project-slo-schema.ts';
import { prometheusRuleTests } from './prometheus-rule-tests.ts';
import { prometheusRules } from './prometheus-rules.ts';
import { hasErrors, sloLint, type SloFinding } from './slo-lint.ts';

/** The formats the command writes. */
export const EXPORT_FORMATS = ['prometheus', 'promtool-tests', 'openslo', 'k6'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How to write it. */
export interface ExportOptions {
  format: ExportFormat;
  locale: Locale;
  /** Where the handbook is published, for links. */
  site?: string;
  /** The rules file as the promtool test file names it. */
  rulesFile?: string;
  /** The project file as the reader sees it, for findings. */
  file: string;
}

/** The file's text, or none when the lint found an error; the findings either way. */
export type ExportOutcome = { text?: string; findings: SloFinding[] };

/** The `slos` block of a project (project-slo-schema.ts), when its file has one. */
export function projectSlosOf(project: Project): ProjectSlos | undefined {
  return project.slos;
}

/** Lints a project's SLOs, then writes the chosen format unless the lint found an error (k6 reads no SLO, so it is not linted). */
export function exportFile(catalog: Catalog, projectId: string, options: ExportOptions): ExportOutcome {
  const project = catalog.projects.get(projectId);
  if (project === undefined) throw new RangeError(`no project "${projectId}" in the catalog`);
  if (options.format === 'k6') return { text: projectK6Script(catalog, project, options.locale), findings: [] };
  const block = projectSlosOf(project);
  const findings = sloLint({ projectId, file: options.file, block, slos: catalog.slos, alertRules: catalog.alertRules });
  if (hasErrors(findings)) return { findings };
  const common = { projectId, projectName: project.name, slos: effectiveSlos(catalog.slos, block), monitoring: projectMonitoring(projectId, block), locale: options.locale, ...(options.site !== undefined ? { site: options.site } : {}) };
  switch (options.format) {
    case 'prometheus':
      return { text: prometheusRules({ ...common, alertRules: catalog.alertRules }), findings };
    case 'promtool-tests':
      return { text: prometheusRuleTests({ ...common, alertRules: catalog.alertRules }, options.rulesFile ?? `${projectId}.rules.yaml`), findings };
    case 'openslo':
      return { text: openSloDocuments({ ...common, projectDescription: project.description }), findings };
  }
}
