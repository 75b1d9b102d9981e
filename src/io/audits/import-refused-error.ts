/** `import-k6` will not write: no audit to import into, or the run is there already (exit status 2). Nothing was written. */
export class ImportRefusedError extends Error {
  override name = 'ImportRefusedError';
  constructor(message: string) {
    super(message);
  }
}
