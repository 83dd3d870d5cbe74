import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A scratch git repository in a temp folder, driven with real git. */
export class ScratchRepo {
  readonly dir: string;
  private tick = 0;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'kra-git-'));
    if (!dir) this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    this.tick += 1;
    const date = `2024-01-01T00:${String(Math.floor(this.tick / 60) % 60).padStart(2, '0')}:${String(this.tick % 60).padStart(2, '0')}Z`;
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  }

  write(files: Record<string, string | null>): this {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    return this;
  }

  commit(message: string, files: Record<string, string | null> = {}): string {
    this.write(files);
    this.git('add', '--all');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  tag(name: string, annotated = false): void {
    if (annotated) this.git('tag', '-a', name, '-m', name);
    else this.git('tag', name);
  }

  /** A clone of this repository (file:// so that --depth works), optionally shallow and without its remote. */
  clone(options: { depth?: number; branch?: string; noRemote?: boolean; noTags?: boolean } = {}): ScratchRepo {
    const target = mkdtempSync(join(tmpdir(), 'kra-clone-'));
    const args = ['clone', '-q'];
    if (options.depth) args.push('--depth', String(options.depth));
    if (options.branch) args.push('--branch', options.branch);
    if (options.noTags) args.push('--no-tags');
    args.push(`file://${this.dir}`, target);
    this.git(...args);
    const clone = new ScratchRepo(target);
    if (options.noRemote) clone.git('remote', 'remove', 'origin');
    return clone;
  }
}
