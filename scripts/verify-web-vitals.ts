// `npm run verify-web-vitals`: measures each configured page with a TTFB probe and Lighthouse and
// each API endpoint with an open-model load probe, judges them against the project's effective
// targets, writes the results the site reads (or, with --shard, a partial result; `merge` puts the
// shards together), prints a table, and exits 0 (all met), 1 (a miss or a page in error), 2 (bad
// usage or configuration, nothing measured), 3 (nothing could be measured at all), 4 (measured, but
// the results could not be written), 130 (Ctrl-C) or 128 + the signal's number (SIGHUP 129, SIGTERM
// 143).
import { verifyWebVitalsCommand } from '../src/io/verify/command.ts';

verifyWebVitalsCommand(process.argv.slice(2));
