/** The audit `new` would write exists already: it is never replaced (exit status 2). */
export class AuditExistsError extends Error {
  override name = 'AuditExistsError';
  constructor(readonly file: string) {
    super(`${file} already exists: an audit is never overwritten, so nothing was written. Edit that file, or remove it first if you mean to start the day's audit again`);
  }
}
