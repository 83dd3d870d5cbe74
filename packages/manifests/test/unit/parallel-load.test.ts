import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type FileOutcome, type ParseJob, loadFile, newClaims } from '../../src/parse-worker.js';
import { readChecked } from '../../src/read-file.js';
import { PARALLEL_MIN_FILES, loadManifests, type ParseWorker } from '../../src/index.js';
import { workspace } from './helpers.js';

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: {a: b}\n`;
const kustomization = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n';

/** The worker from the TypeScript source (the actions use their bundled parse-worker.js). */
const fromSource: ParseWorker = { file: new URL('../support/parse-worker.mjs', import.meta.url) };
/** A worker that cannot start: the calling thread must load everything itself. */
const missing: ParseWorker = { file: new URL('../support/no-such-worker.mjs', import.meta.url) };

let ws: ReturnType<typeof workspace>;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => ws.cleanup());

describe('readChecked', () => {
  test('bytes, or why not: empty, too large (from fstat, unread), a FIFO, missing', () => {
    const file = ws.write('k8s/a.yaml', cm('a'));
    expect(readChecked(file, 1024)).toEqual({ file, bytes: Buffer.from(cm('a')) });
    const empty = ws.write('k8s/empty.yaml', '');
    expect(readChecked(empty, 1024)).toEqual({ file: empty, bytes: Buffer.alloc(0) });
    const large = ws.write('k8s/large.yaml', '');
    const fd = openSync(large, 'r+');
    ftruncateSync(fd, 4096); // sparse
    closeSync(fd);
    expect(readChecked(large, 1024)).toEqual({ file: large, tooLarge: 4096 });
    const pipe = join(ws.root, 'k8s/pipe.yaml');
    execFileSync('mkfifo', [pipe]);
    expect(readChecked(pipe, 1024)).toEqual({ file: pipe, notRegular: true });
    const absent = join(ws.root, 'k8s/missing.yaml');
    expect(readChecked(absent, 1024)).toMatchObject({ file: absent, error: { code: 'ENOENT' } });
  });
});

describe('loadManifests on two threads', () => {
  const many = (count: number) => {
    for (let i = 0; i < count; i += 1) {
      const name = `k8s/${String(i).padStart(4, '0')}.yaml`;
      // Every 50th file also holds a kustomize document: its skip note must come in file order.
      ws.write(name, i % 50 === 0 ? `${cm(`c${i}`)}---\n${kustomization}` : cm(`c${i}`));
    }
  };

  test(`from ${PARALLEL_MIN_FILES} files on: the objects and skip notes of a one-thread load, in file order`, async () => {
    many(PARALLEL_MIN_FILES * 2);
    const load = async (parseWorker?: ParseWorker) => {
      const notes: string[] = [];
      const objects = await loadManifests(['k8s'], { root: ws.root, onSkip: (note) => notes.push(note), parseWorker });
      return { objects, notes };
    };
    const alone = await load();
    expect(alone.objects).toHaveLength(PARALLEL_MIN_FILES * 2);
    expect(alone.notes).toHaveLength((PARALLEL_MIN_FILES * 2) / 50);
    const parallel = await load(fromSource);
    expect(parallel).toEqual(alone);
    expect(await load(missing)).toEqual(alone);
  });

  test('the worker loads every file it claims, as this thread would, and stops at a failure', async () => {
    many(100);
    ws.write('k8s/0070-bad.yaml', 'kind: [\n');
    const files = Array.from({ length: 101 }, (_, i) =>
      join(ws.root, i === 100 ? 'k8s/0070-bad.yaml' : `k8s/${String(i).padStart(4, '0')}.yaml`),
    ).sort();
    const claims = newClaims();
    const job: ParseJob = {
      root: ws.root,
      maxFileBytes: 1024 * 1024,
      files,
      claims: claims.buffer as SharedArrayBuffer,
    };
    const outcomes: FileOutcome[] = [];
    const worker = new Worker(fromSource.file, { workerData: job });
    worker.on('message', (batch: FileOutcome[]) => outcomes.push(...batch));
    await new Promise((resolve) => worker.on('exit', resolve));
    // It claimed files in order from the shared counter and stopped after the failing one.
    const failing = files.indexOf(join(ws.root, 'k8s/0070-bad.yaml'));
    expect(outcomes.map((outcome) => outcome.index)).toEqual(Array.from({ length: failing + 1 }, (_, i) => i));
    expect(outcomes).toEqual(files.slice(0, failing + 1).map((file, i) => loadFile(file, i, job)));
    expect(outcomes.at(-1)).toMatchObject({ error: { file: 'k8s/0070-bad.yaml', line: 1 } });
  });

  test('the first failing file in file order is the error, whichever thread met it', async () => {
    many(PARALLEL_MIN_FILES * 2);
    ws.write('k8s/0150-bad.yaml', 'kind: ConfigMap\n  bad: : indent\n');
    ws.write('k8s/0300-bad.yaml', 'kind: [\n');
    const large = ws.write('k8s/0350-large.yaml', '');
    const fd = openSync(large, 'r+');
    ftruncateSync(fd, 11 * 1024 * 1024);
    closeSync(fd);
    for (const parseWorker of [undefined, fromSource, missing]) {
      await expect(loadManifests(['k8s'], { root: ws.root, parseWorker, onSkip: () => {} })).rejects.toThrow(
        /^k8s\/0150-bad\.yaml:2: invalid YAML/,
      );
    }
    ws.write('k8s/0150-bad.yaml', cm('fixed'));
    ws.write('k8s/0300-bad.yaml', cm('fixed-too'));
    await expect(loadManifests(['k8s'], { root: ws.root, parseWorker: fromSource, onSkip: () => {} })).rejects.toThrow(
      /^k8s\/0350-large\.yaml: is 11 MiB, over the 10 MiB limit/,
    );
  });
});
