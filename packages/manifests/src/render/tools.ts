/**
 * Finds the helm or kustomize binary a render runs: the one on PATH (a GitHub runner has
 * both), or, when a version is pinned (`helm-version`, `kustomize-version`), that release,
 * downloaded once with @actions/tool-cache, its archive checked against the checksum the
 * project publishes beside it, and kept in the runner's tool cache for later steps and jobs.
 * An archive whose checksum does not match is refused and nothing is installed.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as io from '@actions/io';
import * as toolCache from '@actions/tool-cache';
import { InputError, UserError } from '@kra/core';

export type ToolName = 'helm' | 'kustomize';

export interface ToolRequest {
  name: ToolName;
  /** An exact version to install (`3.18.4` or `v3.18.4`); empty or undefined: the binary on PATH. */
  version?: string;
  /** The input the version came from, named in errors (`helm-version`). */
  inputName: string;
  /** Where releases are downloaded from (a mirror; tests use a local server). Default the project's own. */
  downloadBase?: string;
  /** Told what is being installed. */
  onInfo?: (message: string) => void;
}

/** Where each tool publishes its releases. */
export const DEFAULT_DOWNLOAD_BASE: Record<ToolName, string> = {
  helm: 'https://get.helm.sh',
  kustomize: 'https://github.com/kubernetes-sigs/kustomize/releases/download',
};

const EXACT_VERSION = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

function platform(): { os: string; arch: string; extension: string } {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  return { os, arch, extension: os === 'windows' ? 'zip' : 'tar.gz' };
}

/** The release archive's URL and the checksum file that lists it. */
export function releaseUrls(name: ToolName, version: string, base = DEFAULT_DOWNLOAD_BASE[name]) {
  const { os, arch, extension } = platform();
  const trimmed = base.replace(/\/+$/, '');
  if (name === 'helm') {
    const file = `helm-v${version}-${os}-${arch}.${extension}`;
    return { file, archive: `${trimmed}/${file}`, checksums: `${trimmed}/${file}.sha256sum` };
  }
  const file = `kustomize_v${version}_${os}_${arch}.${extension}`;
  const folder = `${trimmed}/kustomize%2Fv${version}`;
  return { file, archive: `${folder}/${file}`, checksums: `${folder}/checksums.txt` };
}

/** The sha256 a checksum file gives for `file`: `<hex>  <file>` lines, or a file holding only the hex. */
export function checksumFor(text: string, file: string): string | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  for (const line of lines) {
    const match = /^([0-9a-f]{64})(?:\s+\*?(\S+))?$/i.exec(line);
    if (!match) continue;
    if (match[2] === undefined ? lines.length === 1 : match[2].split('/').pop() === file) return match[1].toLowerCase();
  }
  return undefined;
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** The binary inside an extracted archive (helm's sits in `<os>-<arch>/`). */
function findBinary(folder: string, name: string): string | undefined {
  const wanted = process.platform === 'win32' ? `${name}.exe` : name;
  const visit = (dir: string, depth: number): string | undefined => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      const stats = statSync(full);
      if (stats.isFile() && entry === wanted) return full;
      if (stats.isDirectory() && depth < 2) {
        const found = visit(full, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  };
  return visit(folder, 0);
}

async function download(url: string, request: ToolRequest, version: string, what: string): Promise<string> {
  try {
    return await toolCache.downloadTool(url);
  } catch (error) {
    const status = (error as { httpStatusCode?: number }).httpStatusCode;
    throw new InputError(
      request.inputName,
      `is "${version}", but ${request.name}'s ${what} could not be downloaded from ${url} (${status ? `HTTP ${status}` : (error as Error).message}): check that ${request.name} ${version} exists, or leave the input empty to use the ${request.name} on PATH`,
    );
  }
}

/** Installs (or finds in the tool cache) an exact version; returns the binary's path. */
async function installVersion(request: ToolRequest, version: string): Promise<string> {
  const binaryName = process.platform === 'win32' ? `${request.name}.exe` : request.name;
  const cached = toolCache.find(request.name, version);
  if (cached && existsSync(join(cached, binaryName))) return join(cached, binaryName);

  const urls = releaseUrls(request.name, version, request.downloadBase);
  request.onInfo?.(`Installing ${request.name} ${version} from ${urls.archive}`);
  const checksumFile = await download(urls.checksums, request, version, 'checksum file');
  const expected = checksumFor(readFileSync(checksumFile, 'utf8'), urls.file);
  if (!expected) {
    throw new InputError(
      request.inputName,
      `is "${version}", but ${urls.checksums} lists no sha256 for ${urls.file}: nothing was installed — check the version`,
    );
  }
  const archive = await download(urls.archive, request, version, 'release archive');
  const actual = await sha256File(archive);
  if (actual !== expected) {
    throw new UserError(
      `Input "${request.inputName}": the ${request.name} ${version} archive from ${urls.archive} has sha256 ${actual}, but ${urls.checksums} says ${expected}: refused, nothing was installed — try again, or check the download source`,
    );
  }
  const extracted = urls.file.endsWith('.zip')
    ? await toolCache.extractZip(archive)
    : await toolCache.extractTar(archive);
  const binary = findBinary(extracted, request.name);
  if (!binary) {
    throw new InputError(
      request.inputName,
      `is "${version}", but the ${request.name} archive ${urls.file} holds no ${binaryName} binary: check the version`,
    );
  }
  const folder = await toolCache.cacheFile(binary, binaryName, request.name, version);
  return join(folder, binaryName);
}

/**
 * The path of the binary to run: the pinned version (installed when missing), else the one
 * on PATH. A missing binary is a one-line error naming the input that would pin one.
 */
export async function resolveTool(request: ToolRequest): Promise<string> {
  const given = (request.version ?? '').trim();
  if (given !== '') {
    const match = EXACT_VERSION.exec(given);
    if (!match)
      throw new InputError(request.inputName, `is "${given}": give an exact release such as 3.18.4 (no ranges)`);
    return installVersion(request, match[1]);
  }
  const onPath = await io.which(request.name, false);
  if (!onPath) {
    throw new InputError(
      request.inputName,
      `is empty and no ${request.name} is on PATH: set ${request.inputName} (for example ${request.name === 'helm' ? '3.18.4' : '5.7.1'}) to install one, or install ${request.name} in an earlier step`,
    );
  }
  return onPath;
}
