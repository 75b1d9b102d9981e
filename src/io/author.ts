import { spawnSync } from 'node:child_process';
import { userInfo } from 'node:os';

/** Who is recording a state: git's user name, else the system user. */
export function defaultAuthor(): string {
  const git = spawnSync('git', ['config', 'user.name'], { encoding: 'utf8' });
  const name = git.status === 0 ? git.stdout.trim() : '';
  if (name !== '') return name;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
