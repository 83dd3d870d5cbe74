import {
  maskSecret,
  MAX_ERROR_ANNOTATIONS,
  annotateError,
  resetAnnotationsForTest,
  run,
  UserError,
  setListOutput,
} from '../../src/index.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function captureStdout(body: () => Promise<void> | void): Promise<string> {
  const original = process.stdout.write.bind(process.stdout);
  let captured = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  return Promise.resolve()
    .then(body)
    .finally(() => {
      process.stdout.write = original;
    })
    .then(() => captured);
}

afterEach(() => {
  process.exitCode = 0;
  delete process.env.RUNNER_DEBUG;
  resetAnnotationsForTest();
});

describe('run()', () => {
  test('an error becomes one ::error:: line and exit code 1, without the stack', async () => {
    const out = await captureStdout(() =>
      run(async () => {
        throw new Error('cluster unreachable:\nconnect ECONNREFUSED');
      }),
    );
    expect(out).toBe('::error::cluster unreachable: connect ECONNREFUSED\n');
    expect(process.exitCode).toBe(1);
  });

  test('a user error with a file becomes a file annotation', async () => {
    const out = await captureStdout(() =>
      run(async () => {
        throw new UserError('k8s/web.yaml:3: bad indentation', { file: 'k8s/web.yaml', line: 3 });
      }),
    );
    expect(out).toContain('::error file=k8s/web.yaml,line=3::k8s/web.yaml:3: bad indentation');
    expect(process.exitCode).toBe(1);
  });

  test("a user error's problems are annotated each at its own file and line, then the whole", async () => {
    const out = await captureStdout(() =>
      run(async () => {
        throw new UserError('2 objects were refused: k8s/a.yaml:4: one | k8s/b.yaml:9: two', {
          problems: [
            { message: 'shop/Deployment/web: one', file: 'k8s/a.yaml', line: 4 },
            { message: 'shop/Service/web: two', file: 'k8s/b.yaml', line: 9 },
          ],
        });
      }),
    );
    expect(out).toBe(
      '::error file=k8s/a.yaml,line=4::shop/Deployment/web: one\n' +
        '::error file=k8s/b.yaml,line=9::shop/Service/web: two\n' +
        '::error::2 objects were refused: k8s/a.yaml:4: one | k8s/b.yaml:9: two\n',
    );
    expect(process.exitCode).toBe(1);
  });

  test('the stack is printed only in debug mode', async () => {
    process.env.RUNNER_DEBUG = '1';
    const out = await captureStdout(() =>
      run(async () => {
        throw new Error('boom');
      }),
    );
    expect(out).toMatch(/::debug::Error: boom%0A\s+at /);
  });

  test('at most ten error annotations, the rest go to the log', async () => {
    const out = await captureStdout(() => {
      for (let i = 0; i < MAX_ERROR_ANNOTATIONS + 3; i += 1)
        annotateError(`problem ${i}`, { file: 'a.yaml', startLine: i + 1 });
    });
    expect(out.match(/^::error /gm)).toHaveLength(MAX_ERROR_ANNOTATIONS);
    expect(out).toContain('error: problem 12 (a.yaml:13)');
  });
});

describe('maskSecret', () => {
  test('masks the value, each line, and its base64 form', async () => {
    const out = await captureStdout(() => maskSecret('line-one-secret\nline-two-secret'));
    expect(out).toContain('::add-mask::line-one-secret%0Aline-two-secret');
    expect(out).toContain('::add-mask::line-one-secret\n');
    expect(out).toContain('::add-mask::line-two-secret\n');
    expect(out).toContain(`::add-mask::${Buffer.from('line-one-secret\nline-two-secret').toString('base64')}`);
  });
});

describe('outputs', () => {
  test('lists are written as newline text and as JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'out-')), 'output');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    try {
      setListOutput('images', ['a:1', 'b:2']);
    } finally {
      delete process.env.GITHUB_OUTPUT;
    }
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^images<<(ghadelimiter_[\w-]+)\na:1\nb:2\n\1\n/);
    expect(text).toContain('images-json<<');
    expect(text).toContain('["a:1","b:2"]');
  });
});
