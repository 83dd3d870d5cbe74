#!/usr/bin/env node
// Benchmark: release-tag 20 images × 3 new tags on a local CNCF registry (docker-registry),
// each image two layers of 10 MB random data, in one run:
//   - tag-release: the committed bundle dist/tag-release/index.js, run the way the runner
//     runs it (Node 24, INPUT_* variables, GITHUB_OUTPUT), its request count read from
//     its log (the client's own counters);
//   - skopeo copy per tag (docker://…:src → docker://…:new), one after the other as a
//     release script would;
//   - podman pull + tag + push per tag (private vfs storage), one after the other.
// Prints wall times, ratios and tag-release's requests against images + 2 × tags.
// Targets: ≥5× faster than skopeo, ≥20× faster than pull/tag/push, requests ≤ images + 2 × tags.
// A missed target prints MISSED; the exit code is non-zero only on errors.
//   node bench/tag-release.mjs [--images 20] [--layer-mb 10]
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionEnv, machineLoad, measure, node24, printTable, readOutputs, repoRoot, seconds } from './lib/measure.mjs';

// The tests' registry harness (TypeScript), run through cluster-sim's module hooks.
register('../packages/cluster-sim/bin/ts-hooks.mjs', import.meta.url);
const { startRegistry } = await import('../packages/registry/test/support/registry.ts');

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const IMAGES = arg('images', 20);
const LAYER_MB = arg('layer-mb', 10);
const LAYERS = 2;
const TAGS = ['{{version}}', 'v{{version}}', '{{version}}-stable'];
const RELEASES = ['1.0.0', '1.1.0', '1.2.0'];
const RENDERED = TAGS.map((template) => template.replace('{{version}}', RELEASES[0]));
const TARGETS = { skopeo: 5, podman: 20 };

function need(binary, pkg) {
  if (spawnSync('sh', ['-c', 'command -v "$1"', 'sh', binary]).status !== 0) {
    throw new Error(`${binary} is not installed: run "sudo apt-get install -y ${pkg}"`);
  }
}

const digestOf = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A ustar archive holding one file. */
function tar(name, content) {
  const header = Buffer.alloc(512, 0);
  const octal = (value, width) => value.toString(8).padStart(width - 1, '0') + '\0';
  header.write(name, 0);
  header.write(octal(0o644, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(content.length, 12), 124);
  header.write(octal(1_700_000_000, 12), 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(octal(sum, 7) + ' ', 148);
  return Buffer.concat([header, content, Buffer.alloc((512 - (content.length % 512)) % 512), Buffer.alloc(1024)]);
}

async function uploadBlob(registry, repository, bytes) {
  const digest = digestOf(bytes);
  const start = await fetch(`${registry.url}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  await start.arrayBuffer();
  if (start.status !== 202) throw new Error(`upload start for ${repository}: HTTP ${start.status}`);
  const location = new URL(start.headers.get('location'), registry.url);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    body: bytes,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  await put.arrayBuffer();
  if (put.status !== 201) throw new Error(`upload of ${digest} to ${repository}: HTTP ${put.status}`);
  return { digest, size: bytes.length };
}

async function pushImage(registry, repository) {
  const layers = [];
  for (let index = 0; index < LAYERS; index += 1) {
    const layer = tar(`layer-${index}.bin`, randomBytes(LAYER_MB * 1024 * 1024));
    layers.push({
      mediaType: 'application/vnd.oci.image.layer.v1.tar',
      ...(await uploadBlob(registry, repository, layer)),
    });
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
    }),
  );
  const configDescriptor = {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    ...(await uploadBlob(registry, repository, config)),
  };
  const mediaType = 'application/vnd.oci.image.manifest.v1+json';
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, config: configDescriptor, layers }));
  const put = await fetch(`${registry.url}/v2/${repository}/manifests/src`, {
    method: 'PUT',
    body: manifest,
    headers: { 'Content-Type': mediaType },
  });
  await put.arrayBuffer();
  if (put.status !== 201) throw new Error(`manifest PUT for ${repository}: HTTP ${put.status}`);
  return digestOf(manifest);
}

async function headDigest(registry, repository, tag) {
  const response = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      Accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  return response.ok ? response.headers.get('docker-content-digest') : undefined;
}

async function run(command, args, env) {
  const result = await measure(command, args, { env });
  if (result.exitCode !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.exitCode}): ${`${result.stdout}\n${result.stderr}`
        .trim()
        .split('\n')
        .filter((line) => !/^Command exited/.test(line))
        .slice(-3)
        .join(' | ')}`,
    );
  return result;
}

async function timeLoop(steps) {
  const started = process.hrtime.bigint();
  for (const [command, args, env] of steps) await run(command, args, env);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function tagRelease(registry, work, repositories, templates, version) {
  const outputFile = join(work, `output-${version}`);
  const summaryFile = join(work, `summary-${version}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env = actionEnv({
    workspace: work,
    runnerTemp: work,
    outputFile,
    summaryFile,
    inputs: {
      images: repositories.map((repository) => `${registry.host}/${repository}:src`).join('\n'),
      version,
      tags: templates.join('\n'),
    },
  });
  const result = await run(node24(), [join(repoRoot, 'dist', 'tag-release', 'index.js')], env);
  const outputs = readOutputs(outputFile);
  const count = /registry requests: (\d+) \(([^)]*)\)/.exec(result.stdout);
  if (!count) throw new Error(`tag-release printed no request count:\n${result.stdout}`);
  return { wallMs: result.wallMs, requests: Number(count[1]), detail: count[2], outputs };
}

async function main() {
  need('docker-registry', 'docker-registry');
  need('skopeo', 'skopeo');
  need('podman', 'podman');
  const bundle = join(repoRoot, 'dist', 'tag-release', 'index.js');
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing: build it with \`node scripts/build-dist.mjs tag-release\``);
  const work = mkdtempSync(join(tmpdir(), 'bench-tag-release-'));
  const registry = await startRegistry();
  try {
    console.log(
      `${IMAGES} images × ${LAYERS} layers of ${LAYER_MB} MB random data, ${RENDERED.length} new tags each, on docker-registry ${registry.host}; ${await machineLoad()}`,
    );
    const repositories = Array.from({ length: IMAGES }, (_, index) => `bench/img-${String(index).padStart(2, '0')}`);
    const digests = {};
    const setupStart = Date.now();
    for (const repository of repositories) digests[repository] = await pushImage(registry, repository);
    console.log(
      `setup: pushed ${IMAGES} images (${IMAGES * LAYERS * LAYER_MB} MB) in ${seconds(Date.now() - setupStart)}`,
    );

    // 1. tag-release (the bundle), three releases of the same size (60 new tags each): a run of
    // ~1 s is more exposed to a load spike than the minute-long loops below, so its median counts.
    const runs = [];
    for (const version of RELEASES) {
      const run = await tagRelease(registry, work, repositories, TAGS, `v${version}`);
      for (const repository of repositories) {
        for (const tag of TAGS.map((template) => template.replace('{{version}}', version))) {
          if ((await headDigest(registry, repository, tag)) !== digests[repository])
            throw new Error(`tag-release: ${repository}:${tag} does not point at ${digests[repository]}`);
        }
      }
      runs.push(run);
    }
    const ours = [...runs].sort((a, b) => a.wallMs - b.wallMs)[1];

    // 2. skopeo copy per tag.
    const skopeoSteps = repositories.flatMap((repository) =>
      RENDERED.map((tag) => [
        'skopeo',
        [
          'copy',
          '--quiet',
          '--src-tls-verify=false',
          '--dest-tls-verify=false',
          `docker://${registry.host}/${repository}:src`,
          `docker://${registry.host}/${repository}:skopeo-${tag}`,
        ],
        process.env,
      ]),
    );
    const skopeoMs = await timeLoop(skopeoSteps);

    // 3. podman pull + tag + push per tag, in a private vfs storage.
    const podmanDir = join(work, 'podman');
    mkdirSync(join(podmanDir, 'tmp'), { recursive: true });
    writeFileSync(
      join(podmanDir, 'storage.conf'),
      `[storage]\ndriver = "vfs"\ngraphroot = "${join(podmanDir, 'root')}"\nrunroot = "${join(podmanDir, 'runroot')}"\n`,
    );
    writeFileSync(
      join(podmanDir, 'containers.conf'),
      `[engine]\nevents_logger = "file"\nevents_logfile_path = "${join(podmanDir, 'events.log')}"\ntmp_dir = "${join(podmanDir, 'tmp')}"\ncgroup_manager = "cgroupfs"\n`,
    );
    writeFileSync(join(podmanDir, 'auth.json'), '{"auths":{}}\n');
    const podmanEnv = {
      ...process.env,
      CONTAINERS_STORAGE_CONF: join(podmanDir, 'storage.conf'),
      CONTAINERS_CONF: join(podmanDir, 'containers.conf'),
      REGISTRY_AUTH_FILE: join(podmanDir, 'auth.json'),
    };
    const podmanSteps = repositories.flatMap((repository) =>
      RENDERED.flatMap((tag) => [
        ['podman', ['pull', '--quiet', '--tls-verify=false', `${registry.host}/${repository}:src`], podmanEnv],
        [
          'podman',
          ['tag', `${registry.host}/${repository}:src`, `${registry.host}/${repository}:podman-${tag}`],
          podmanEnv,
        ],
        [
          'podman',
          ['push', '--quiet', '--tls-verify=false', `${registry.host}/${repository}:podman-${tag}`],
          podmanEnv,
        ],
      ]),
    );
    const podmanMs = await timeLoop(podmanSteps);

    // 4. tag-release with the default moving tags, for its request count (tag lists decide them).
    const moving = await tagRelease(
      registry,
      work,
      repositories,
      ['{{version}}', '{{major}}.{{minor}}', '{{major}}'],
      'v2.0.0',
    );

    const tags = IMAGES * RENDERED.length;
    const bound = IMAGES + 2 * tags;
    const ratio = (ms) => ms / ours.wallMs;
    const verdict = (value, target) => `${value.toFixed(1)}×${value >= target ? '' : `  MISSED (target ≥${target}×)`}`;
    console.log('');
    printTable(
      ['tool', 'wall time', 'per tag', 'tag-release is faster by'],
      [
        [
          `tag-release (bundle; median of ${runs.map((run) => seconds(run.wallMs)).join(', ')})`,
          seconds(ours.wallMs),
          `${(ours.wallMs / tags).toFixed(0)} ms`,
          '—',
        ],
        [
          'skopeo copy, one per tag',
          seconds(skopeoMs),
          `${(skopeoMs / tags).toFixed(0)} ms`,
          verdict(ratio(skopeoMs), TARGETS.skopeo),
        ],
        [
          'podman pull + tag + push, per tag',
          seconds(podmanMs),
          `${(podmanMs / tags).toFixed(0)} ms`,
          verdict(ratio(podmanMs), TARGETS.podman),
        ],
      ],
    );
    console.log('');
    console.log(
      `tag-release requests: ${ours.requests} (${ours.detail}) for ${IMAGES} images and ${tags} tags; bound images + 2 × tags = ${bound}${ours.requests <= bound ? '' : '  MISSED'}`,
    );
    console.log(
      `with moving tags ({{version}}, {{major}}.{{minor}}, {{major}}): ${moving.requests} requests (${moving.detail}) = images + 2 × tags + two tag lists per image (${bound + 2 * IMAGES}): one to decide whether 1 and 1.0 move, one to check that no higher release came meanwhile${moving.requests <= bound + 2 * IMAGES ? '' : '  MISSED'}`,
    );
  } finally {
    await registry.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench/tag-release: ${error.message}`);
  process.exit(1);
});
