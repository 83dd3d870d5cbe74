/**
 * A private podman for tests: its own storage (vfs driver, graph and run roots in a temp
 * folder), its own auth file and registries.conf, chosen through the environment
 * variables podman reads (CONTAINERS_STORAGE_CONF, CONTAINERS_CONF, REGISTRY_AUTH_FILE,
 * CONTAINERS_REGISTRIES_CONF), so tests never touch the machine's images or logins and
 * the same variables can be handed to a bundled action. Images are built offline
 * `FROM scratch` with one COPY.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireBinary, tempDir } from './process-tools.js';

export interface PodmanSandbox {
  /** Environment to pass to podman and to actions that run it. */
  env: Record<string, string>;
  dir: string;
  /** Runs podman with these arguments (no shell); rejects with its stderr on failure. */
  podman(args: string[], options?: { input?: string }): Promise<{ stdout: string; stderr: string }>;
  /** Builds `FROM scratch` + COPY of a file with this content (random when omitted); returns the image ID. */
  buildScratch(name: string, content?: string): Promise<string>;
  /** Pushes a local multi-arch manifest list built from two scratch images, to `target` (a registry reference). */
  pushManifestList(name: string, target: string): Promise<void>;
  stop(): Promise<void>;
}

function runPodman(
  env: Record<string, string>,
  args: string[],
  input?: string,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'podman',
      args,
      { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`podman ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
        else resolve({ stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

export async function startPodman(): Promise<PodmanSandbox> {
  requireBinary('podman', 'podman');
  const dir = await tempDir('podman');
  const storageConf = join(dir, 'storage.conf');
  const containersConf = join(dir, 'containers.conf');
  const registriesConf = join(dir, 'registries.conf');
  await mkdir(join(dir, 'tmp'), { recursive: true });
  await writeFile(
    storageConf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'root')}"\nrunroot = "${join(dir, 'runroot')}"\n`,
  );
  await writeFile(
    containersConf,
    `[engine]\nevents_logger = "file"\nevents_logfile_path = "${join(dir, 'events.log')}"\ntmp_dir = "${join(dir, 'tmp')}"\ncgroup_manager = "cgroupfs"\n`,
  );
  await writeFile(registriesConf, 'unqualified-search-registries = []\nshort-name-mode = "disabled"\n');
  await writeFile(join(dir, 'auth.json'), '{"auths":{}}\n');
  const env = {
    CONTAINERS_STORAGE_CONF: storageConf,
    CONTAINERS_CONF: containersConf,
    CONTAINERS_REGISTRIES_CONF: registriesConf,
    REGISTRY_AUTH_FILE: join(dir, 'auth.json'),
  };
  const podman = (args: string[], options: { input?: string } = {}) => runPodman(env, args, options.input);

  const buildScratch = async (name: string, content?: string, platform?: string): Promise<string> => {
    const context = join(dir, 'build', randomBytes(6).toString('hex'));
    await mkdir(context, { recursive: true });
    await writeFile(join(context, 'payload.txt'), content ?? randomBytes(32).toString('hex'));
    await writeFile(join(context, 'Containerfile'), 'FROM scratch\nCOPY payload.txt /payload.txt\n');
    const args = [
      'build',
      '--quiet',
      '--format',
      'oci',
      '--pull=never',
      ...(platform ? ['--platform', platform] : []),
      '-t',
      name,
      context,
    ];
    const { stdout } = await podman(args);
    return stdout.trim().split('\n').pop()!;
  };

  return {
    env,
    dir,
    podman,
    buildScratch: (name, content) => buildScratch(name, content),
    async pushManifestList(name, target) {
      await podman(['manifest', 'create', name]);
      for (const platform of ['linux/amd64', 'linux/arm64']) {
        const image = `localhost/${name.replace(/[^a-z0-9]+/g, '-')}-${platform.replace('/', '-')}`;
        await buildScratch(image, `${name} ${platform}`, platform);
        await podman(['manifest', 'add', name, `containers-storage:${image}`]);
      }
      await podman(['manifest', 'push', '--all', '--tls-verify=false', name, `docker://${target}`]);
    },
    async stop() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
