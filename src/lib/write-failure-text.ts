/** What a person does about a file the system refused to write, by the system's error code. */
const ADVICE: Record<string, string> = {
  ENOSPC: 'the disk is full (ENOSPC); free some space on it',
  EDQUOT: 'your disk quota is used up (EDQUOT); free some space or ask for a larger quota',
  EACCES: 'permission was denied (EACCES); check that you may write to its folder (`ls -ld` shows its owner and permissions)',
  EPERM: 'the system did not permit it (EPERM); check the permissions and attributes of the file and its folder',
  EROFS: 'its file system is read-only (EROFS); remount it read-write, or work in a writable copy',
  EIO: 'the disk reported an input/output error (EIO); check the disk',
  ENOENT: 'its folder does not exist (ENOENT); check that the folder is there',
};

/** One sentence naming the file, what went wrong and what to do; `detail` is the system's own message, for codes without advice. */
export function writeFailureText(file: string, code: string | undefined, detail: string): string {
  const advice = (code !== undefined ? ADVICE[code] : undefined) ?? `${detail}${code !== undefined && !detail.includes(code) ? ` (${code})` : ''}; check the file, its folder and the disk`;
  return `${file} could not be written: ${advice}, then run the command again.`;
}
