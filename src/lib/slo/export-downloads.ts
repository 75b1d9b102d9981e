import type { Catalog } from '../schema/catalog.ts';
import { exportFile, type ExportFormat } from './export-file.ts';

/** The files each project page offers, one per export format: the file name and the type it is served as. */
export const EXPORT_DOWNLOADS: ReadonlyArray<{ format: ExportFormat; file: (projectId: string) => string; type: string; label: string }> = [
  { format: 'prometheus', file: (id) => `${id}.rules.yaml`, type: 'application/yaml; charset=utf-8', label: 'Prometheus' },
  { format: 'promtool-tests', file: (id) => `${id}.rules.test.yaml`, type: 'application/yaml; charset=utf-8', label: 'promtool test rules' },
  { format: 'openslo', file: (id) => `${id}.openslo.yaml`, type: 'application/yaml; charset=utf-8', label: 'OpenSLO' },
  { format: 'k6', file: (id) => `${id}.k6.js`, type: 'text/javascript; charset=utf-8', label: 'k6' },
];

/** Where a project's export is published on the site. */
export function exportPath(projectId: string, file: string): string {
  return `/projects/${projectId}/exports/${file}`;
}

/** One export a project publishes: its file name, label, type and text. */
export interface PublishedExport {
  file: string;
  label: string;
  type: string;
  text: string;
}

/** The exports a project publishes with the site (in English, as the command writes by default): every format whose lint finds no error. */
export function publishedExports(catalog: Catalog, projectId: string): PublishedExport[] {
  return EXPORT_DOWNLOADS.flatMap(({ format, file, type, label }) => {
    const outcome = exportFile(catalog, projectId, { format, locale: 'en', file: `src/content/projects/${projectId}.yaml`, rulesFile: `${projectId}.rules.yaml` });
    return outcome.text === undefined ? [] : [{ file: file(projectId), label, type, text: outcome.text }];
  });
}
