import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, test } from 'vitest';
import { PreviewError, previewDist } from '../../src/io/preview-build.ts';
import { freePort, startPreview } from '../../src/io/preview-server.ts';

// The real `astro preview`, over a small build written by the test.
const work = mkdtempSync(join(tmpdir(), 'preview-server-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A root with a copy of the content (Astro's configuration reads it) and nothing built yet. */
function contentRoot(): string {
  const root = mkdtempSync(join(work, 'root-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true, filter: (path) => !path.includes('/results') });
  return root;
}

/** True while a process is alive. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startPreview', () => {
  test('serves the build on a loopback port until stopped', async () => {
    const root = contentRoot();
    mkdirSync(previewDist(root), { recursive: true });
    writeFileSync(join(previewDist(root), 'index.html'), '<!doctype html><title>Preview</title><p>from the test build</p>');
    let child: ChildProcess | undefined;
    const preview = await startPreview(root, (started) => (child = started ?? child));
    expect(preview.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${preview.origin}/`)).text()).toContain('from the test build');
    preview.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(alive(child!.pid!)).toBe(false);
    await expect(fetch(`${preview.origin}/`)).rejects.toThrow();
  }, 120_000);

  test('a server that cannot start says so with its own last lines', async () => {
    // No content under the root: Astro's configuration cannot load, and says why.
    const root = mkdtempSync(join(work, 'root-'));
    const failure = await startPreview(root, () => {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PreviewError);
    expect((failure as Error).message).toMatch(/^the preview server stopped before it answered\.\nIts last lines:\n[^]*src\/content/);
  }, 120_000);
});

test('freePort hands out a port nothing listens on', async () => {
  const port = await freePort();
  expect(port).toBeGreaterThan(0);
  await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
});
