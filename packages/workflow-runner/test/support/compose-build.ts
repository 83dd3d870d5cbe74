// `docker compose build` on a machine with podman and no Docker: builds every Compose service
// that has build: with `podman build`, named by its image: (the Compose loader of
// @kra/registry reads the file, interpolation included). Used by docker-on-podman's shim.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findDefaultComposeFiles, loadComposeProject } from '@kra/registry';

const args = process.argv.slice(2);
const files: string[] = [];
for (let i = 0; i < args.length; i += 1) if (args[i] === '-f' || args[i] === '--file') files.push(args[++i]);
const project = loadComposeProject(files.length > 0 ? files : findDefaultComposeFiles(process.cwd()));
for (const service of project.services) {
  if (!service.build) continue;
  const image = service.image ?? `${project.name}-${service.name}`;
  const context = resolve(project.directory, service.build.context);
  const dockerfile = service.build.dockerfile ? ['-f', resolve(context, service.build.dockerfile)] : [];
  const target = service.build.target ? ['--target', service.build.target] : [];
  process.stdout.write(`building ${service.name} as ${image}\n`);
  execFileSync('podman', ['build', '--quiet', '--pull=never', ...dockerfile, ...target, '-t', image, context], {
    stdio: 'inherit',
  });
}
