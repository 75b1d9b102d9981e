// `npm run checklist -- <command>`: shows a project's checklists with their live status, ticks,
// unticks and waives manual items, and records figures measured by other tools, editing the
// project's YAML file in place (comments and order kept, validated first, replaced atomically).
// Exit status: 0 done; 2 bad usage, an unknown id or invalid content (nothing is written); 4 the
// file could not be written (disk full, no permission, read-only: it is left as it was).
import { runChecklist } from '../src/io/checklist/command.ts';

process.exitCode = await runChecklist(process.argv.slice(2));
