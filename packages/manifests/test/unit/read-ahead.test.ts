import { chmodSync, closeSync, ftruncateSync, openSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { READ_AHEAD_MIN_FILES, readFilesAhead, type ReadResult } from '../../src/read-ahead.js';
import { loadManifests } from '../../src/index.js';
import { workspace } from './helpers.js';

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: {a: b}\n`;

async function readAll(files: string[], maxBytes: number, worker: boolean): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const batch of readFilesAhead(files, maxBytes, { worker })) results.push(...batch);
  return results;
}

/** Results in a comparable form: bytes as text. */
const comparable = (results: ReadResult[]) =>
  results.map((result) => ('bytes' in result ? { file: result.file, text: result.bytes.toString('utf8') } : result));

let ws: ReturnType<typeof workspace>;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => ws.cleanup());

describe('readFilesAhead', () => {
  test('the worker and the calling thread give the same results, in file order, across batches', async () => {
    const files = Array.from({ length: 150 }, (_, i) =>
      ws.write(`k8s/${String(i).padStart(3, '0')}.yaml`, cm(`c${i}`)),
    );
    files.push(ws.write('k8s/empty.yaml', ''));
    const large = ws.write('k8s/large.yaml', '');
    const fd = openSync(large, 'r+');
    ftruncateSync(fd, 4096); // sparse
    closeSync(fd);
    files.push(large);
    execFileSync('mkfifo', [join(ws.root, 'k8s/pipe.yaml')]);
    files.push(join(ws.root, 'k8s/pipe.yaml'));
    files.push(join(ws.root, 'k8s/missing.yaml'));
    files.push(ws.write('k8s/last.yaml', cm('last')));

    const onWorker = await readAll(files, 1024, true);
    const here = await readAll(files, 1024, false);
    expect(comparable(onWorker)).toEqual(comparable(here));
    expect(onWorker.map((result) => result.file)).toEqual(files);
    expect(onWorker[0]).toEqual({ file: files[0], bytes: Buffer.from(cm('c0')) });
    expect(Buffer.isBuffer((onWorker[0] as { bytes: Buffer }).bytes)).toBe(true);
    expect(onWorker.at(-5)).toEqual({ file: files.at(-5), bytes: Buffer.alloc(0) });
    expect(onWorker.at(-4)).toEqual({ file: large, tooLarge: 4096 });
    expect(onWorker.at(-3)).toEqual({ file: files.at(-3), notRegular: true });
    expect(onWorker.at(-2)).toMatchObject({ file: files.at(-2), error: { code: 'ENOENT' } });
  });

  test('a consumer that stops early ends the generator, and with it the worker', async () => {
    const files = Array.from({ length: 300 }, (_, i) => ws.write(`k8s/${i}.yaml`, cm(`c${i}`)));
    const reading = readFilesAhead(files, 1024, { worker: true });
    const first = await reading.next();
    expect(first.done).toBe(false);
    expect((first.value as ReadResult[])[0].file).toBe(files[0]);
    // return() runs the generator's finally, which waits for the worker to terminate.
    expect(await reading.return(undefined)).toEqual({ done: true, value: undefined });
    expect(await reading.next()).toEqual({ done: true, value: undefined });
  });
});

describe('loadManifests with read-ahead', () => {
  test(`from ${READ_AHEAD_MIN_FILES} files on, the same objects and the same errors at the same file`, async () => {
    for (let i = 0; i < READ_AHEAD_MIN_FILES; i += 1) ws.write(`k8s/${String(i).padStart(4, '0')}.yaml`, cm(`c${i}`));
    const objects = await loadManifests(['k8s'], { root: ws.root });
    expect(objects).toHaveLength(READ_AHEAD_MIN_FILES);
    expect(objects.map((o) => o.object.metadata.name).slice(0, 3)).toEqual(['c0', 'c1', 'c2']);

    // The first problem in file order is the one reported, whatever was read after it.
    const unreadable = ws.write('k8s/0100-unreadable.yaml', cm('x'));
    chmodSync(unreadable, 0o000);
    ws.write('k8s/0150-bad.yaml', 'kind: ConfigMap\n  bad: : indent\n');
    const isRoot = process.getuid?.() === 0; // root reads a file whatever its mode
    await expect(loadManifests(['k8s'], { root: ws.root })).rejects.toThrow(
      isRoot ? /^k8s\/0150-bad\.yaml:\d+: invalid YAML/ : /^k8s\/0100-unreadable\.yaml: cannot be read \(EACCES\)/,
    );
  });
});
