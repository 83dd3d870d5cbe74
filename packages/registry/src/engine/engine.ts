import * as exec from '@actions/exec';
import { UserError, redact, retry, type RetryOptions } from '@kra/core';
import { chooseScheme } from '../transport.js';

/**
 * The container engine that holds the images CI built: docker or podman, driven through
 * @actions/exec with argument arrays (never a shell, so nothing in a tag or name is ever
 * interpreted). Passwords go in on stdin (`login --password-stdin`).
 *
 * Insecure registries: podman gets `--tls-verify=false` for registries spoken to over plain
 * HTTP (localhost, 127.0.0.0/8, ::1, and the listed insecure registries), the same rule as
 * the registry client. Docker takes no such flag: its daemon already treats loopback
 * registries as insecure, and other hosts must be in the daemon's `insecure-registries`.
 */
export type EngineName = 'docker' | 'podman';
export type EngineChoice = EngineName | 'auto';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a program with arguments (no shell); `input` goes to its stdin. */
export type CommandRunner = (command: string, args: string[], options: { input?: Buffer }) => Promise<CommandResult>;

export const execRunner: CommandRunner = async (command, args, options) => {
  const result = await exec.getExecOutput(command, args, {
    input: options.input,
    silent: true,
    ignoreReturnCode: true,
  });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
};

export interface EngineOptions {
  insecureRegistries?: readonly string[];
  /** Runs commands; @actions/exec by default (tests pass a recorder). */
  runner?: CommandRunner;
  /** One line per finished command (for the step log). */
  onCommand?: (line: string) => void;
  /** Warnings, e.g. an insecure registry docker must be told about. */
  onWarning?: (message: string) => void;
  /** Attempts for a push that fails on a transient error (network, 5xx, 429); default 5. */
  pushAttempts?: number;
  /** Backoff for push retries (tests shorten it). */
  retry?: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'sleep'>;
}

/** A command that failed; the message is one line, with the engine's last error line, secrets removed. */
export class EngineCommandError extends UserError {
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly detail: string,
    hint: string,
  ) {
    super(`${command} failed (exit ${exitCode})${detail ? `: ${detail}` : ''}${hint ? `: ${hint}` : ''}`);
    this.name = 'EngineCommandError';
  }
}

const TRANSIENT =
  /\b(5\d\d|429)\b|too many requests|connection reset|broken pipe|unexpected eof|\beof\b|i\/o timeout|timeout|tls handshake|connection refused|service unavailable|bad gateway|internal server error/i;
const PERMANENT =
  /unauthorized|authentication required|denied|forbidden|not found|no such image|image not known|invalid reference|manifest invalid|name unknown/i;

/** The most telling line of an engine's error output. */
export function lastErrorLine(stderr: string, stdout = ''): string {
  const lines = `${stderr}\n${stdout}`
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const error = [...lines].reverse().find((line) => /^(error|Error|ERRO|fatal)/.test(line) || /error/i.test(line));
  return (error ?? lines[lines.length - 1] ?? '').replace(/^(Error: |ERRO\[\d+\] |error: )/, '').slice(0, 400);
}

export class ContainerEngine {
  private readonly runner: CommandRunner;
  private readonly secrets: string[] = [];
  private readonly warned = new Set<string>();

  constructor(
    readonly name: EngineName,
    private readonly options: EngineOptions = {},
  ) {
    this.runner = options.runner ?? execRunner;
  }

  /**
   * `auto`: docker when `docker info` works (a daemon answers), else podman when
   * `podman --version` works; otherwise an error saying what to install.
   */
  static async detect(choice: EngineChoice, options: EngineOptions = {}): Promise<ContainerEngine> {
    const runner = options.runner ?? execRunner;
    if (choice !== 'auto') {
      const probe = await tryRun(runner, choice, ['--version']);
      if (!probe) {
        throw new UserError(
          `Input "engine" is ${choice}, but "${choice} --version" does not run: install ${choice} on the runner, or set engine: auto`,
        );
      }
      return new ContainerEngine(choice, options);
    }
    if (await tryRun(runner, 'docker', ['info', '--format', '{{.ServerVersion}}']))
      return new ContainerEngine('docker', options);
    if (await tryRun(runner, 'podman', ['--version'])) return new ContainerEngine('podman', options);
    throw new UserError(
      'no container engine found: docker info fails (no daemon) and podman is not installed: install docker or podman, or set the engine input',
    );
  }

  /** The arguments that tell podman to speak plain HTTP (and skip TLS) to a registry; none for docker. */
  tlsArguments(registry: string): string[] {
    const choice = chooseScheme(registry, this.options.insecureRegistries ?? []);
    if (choice.scheme !== 'http') return [];
    if (this.name === 'podman') return ['--tls-verify=false'];
    if (choice.insecure && !this.warned.has(registry)) {
      this.warned.add(registry);
      this.options.onWarning?.(
        `docker reaches ${registry} over plain HTTP only when the daemon lists it in "insecure-registries" (daemon.json)`,
      );
    }
    return [];
  }

  async login(registry: string, username: string, password: string): Promise<void> {
    this.secrets.push(password);
    const args = ['login', '--username', username, '--password-stdin', ...this.tlsArguments(registry), registry];
    const result = await this.run(args, Buffer.from(password, 'utf8'));
    if (result.exitCode !== 0) {
      throw this.failure(args, result, `check the username and password for ${registry}`);
    }
  }

  async logout(registry: string): Promise<void> {
    await this.run(['logout', registry]);
  }

  async tag(source: string, target: string): Promise<void> {
    const args = ['tag', source, target];
    const result = await this.run(args);
    if (result.exitCode !== 0) {
      throw this.failure(
        args,
        result,
        `is ${source} built? Build it first (docker compose build), or check the image name`,
      );
    }
  }

  /** Pushes one reference; transient failures (network, 5xx, 429) are retried with backoff, since a push is idempotent. */
  async push(target: string, registry: string): Promise<void> {
    const args = ['push', ...this.tlsArguments(registry), target];
    await retry(
      async () => {
        const result = await this.run(args);
        if (result.exitCode !== 0) throw this.failure(args, result, '');
      },
      {
        attempts: this.options.pushAttempts ?? 5,
        baseDelayMs: this.options.retry?.baseDelayMs ?? 500,
        maxDelayMs: this.options.retry?.maxDelayMs ?? 5_000,
        sleep: this.options.retry?.sleep,
        retryable: (error) =>
          error instanceof EngineCommandError && TRANSIENT.test(error.detail) && !PERMANENT.test(error.detail),
        onRetry: (error, attempt, delay) =>
          this.options.onWarning?.(
            `${this.name} push ${target}: attempt ${attempt} failed (${(error as Error).message}); retrying in ${Math.round(delay / 100) / 10}s`,
          ),
      },
    );
  }

  /** Runs one engine command and reports it; the output stays out of the log unless it fails. */
  private async run(args: string[], input?: Buffer): Promise<CommandResult> {
    let result: CommandResult;
    try {
      result = await this.runner(this.name, args, { input });
    } catch (error) {
      throw new UserError(
        `${this.name} could not be started (${(error as Error).message}): install it or set the engine input`,
      );
    }
    this.options.onCommand?.(
      `${this.name} ${args.join(' ')}${result.exitCode === 0 ? '' : ` (exit ${result.exitCode})`}`,
    );
    return result;
  }

  private failure(args: string[], result: CommandResult, hint: string): EngineCommandError {
    const detail = redact(lastErrorLine(result.stderr, result.stdout), this.secrets);
    const shown = args.filter((arg) => !arg.startsWith('--tls-verify')).slice(0, 4);
    return new EngineCommandError(`${this.name} ${shown.join(' ')}`, result.exitCode, detail, hint);
  }
}

async function tryRun(runner: CommandRunner, command: string, args: string[]): Promise<boolean> {
  try {
    const result = await runner(command, args, {});
    return result.exitCode === 0;
  } catch {
    return false;
  }
}
