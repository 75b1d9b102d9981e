// `npm run audit -- <command>`: holds a project's audits to the method. `new <project>` writes
// today's audit (src/content/audits/<project>/<YYYY-MM-DD>.yaml), pre-filled from the project's
// latest results and recorded figures, and never overwrites one; `check [<project>]` prints each
// breach of the method's format rules as file:line: rule: message.
// Exit status: 0 done, no finding; 1 check found a finding; 2 bad usage, invalid content, or the
// day's audit exists already (nothing is written); 4 the file could not be written.
import { runAudit } from '../src/io/audits/command.ts';

process.exitCode = await runAudit(process.argv.slice(2));
