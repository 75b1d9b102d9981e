// `npm run export -- <project> --format prometheus|promtool-tests|openslo|k6 [--out <file>]`: a
// project's SLOs and alert rules as Prometheus rules (with the promtool tests that prove them),
// OpenSLO v1 documents or a k6 script, printed or written atomically. The SLOs are linted first.
// Exit status: 0 written; 2 bad usage, an unknown project, invalid content or a lint error
// (nothing is written); 4 the file could not be written (it is left as it was).
import { runExport } from '../src/io/slo/export-command.ts';

process.exitCode = await runExport(process.argv.slice(2));
