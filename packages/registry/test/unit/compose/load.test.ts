import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UserError } from '@kra/core';
import {
  defaultImageName,
  findDefaultComposeFiles,
  loadComposeProject,
  normalizeProjectName,
} from '../../../src/compose/load.js';
import { composeImageSources, listImageSources, targetRepository } from '../../../src/compose/targets.js';

const FIXTURES = join(process.cwd(), '../shared/fixtures/compose');
const fixtureFiles = readdirSync(FIXTURES).filter((name) => name.endsWith('.yaml'));

function folder(files: Record<string, string>, name = 'My Shop_App'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'compose-')), name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const show = (path: string) => basename(path);

describe('the 39 Compose files of docker/awesome-compose', () => {
  test('there are 39 of them', () => {
    expect(fixtureFiles).toHaveLength(39);
  });

  test.each(fixtureFiles)('%s parses, and every service is built or third-party', (file) => {
    const warnings: string[] = [];
    const project = loadComposeProject([join(FIXTURES, file)], {
      env: {},
      display: show,
      onWarning: (w) => warnings.push(w),
    });
    expect(project.name).toBe(file === 'react-rust-postgres.yaml' ? 'react-rust-postgres' : 'compose');
    expect(project.services.length).toBeGreaterThan(0);
    for (const service of project.services)
      expect(service.build !== undefined || service.image !== undefined).toBe(true);
    const { images, skipped } = composeImageSources(project);
    expect(images.length + skipped.length).toBe(project.services.length);
    for (const image of images) expect(image.kind).toBe('build');
    for (const warning of warnings)
      expect(warning).toMatch(/^.+\.yaml: the "[A-Z_0-9]+" variable is not set; using an empty string$/);
  });

  function split(file: string, includeThirdParty = false) {
    const project = loadComposeProject([join(FIXTURES, file)], { env: {}, display: show, onWarning: () => {} });
    const { images, skipped } = composeImageSources(project, { includeThirdParty });
    return {
      built: images.filter((i) => i.kind === 'build').map((i) => [i.service, i.local]),
      thirdParty: images.filter((i) => i.kind === 'third-party').map((i) => [i.service, i.local]),
      skipped: skipped.map((s) => [s.service, s.image]),
    };
  }

  test('nginx-golang-mysql: backend is built, db and proxy are third-party', () => {
    expect(split('nginx-golang-mysql.yaml')).toEqual({
      built: [['backend', 'compose-backend']],
      thirdParty: [],
      skipped: [
        ['db', 'mariadb:10-focal'],
        ['proxy', 'nginx'],
      ],
    });
  });

  test('nginx-nodejs-redis: three built services with default names, redis third-party', () => {
    expect(split('nginx-nodejs-redis.yaml')).toEqual({
      built: [
        ['web1', 'compose-web1'],
        ['web2', 'compose-web2'],
        ['nginx', 'compose-nginx'],
      ],
      thirdParty: [],
      skipped: [['redis', 'redislabs/redismod']],
    });
  });

  test('wasmedge-mysql-nginx: a built service with image: keeps its name', () => {
    expect(split('wasmedge-mysql-nginx.yaml', true)).toEqual({
      built: [['backend', 'demo-microservice']],
      thirdParty: [
        ['frontend', 'nginx:alpine'],
        ['db', 'mariadb:10.9'],
      ],
      skipped: [],
    });
  });

  test('aspnet-mssql and react-java-mysql', () => {
    expect(split('aspnet-mssql.yaml').built).toEqual([['web', 'compose-web']]);
    expect(split('aspnet-mssql.yaml').skipped).toEqual([['db', 'mcr.microsoft.com/azure-sql-edge:1.0.4']]);
    expect(split('react-java-mysql.yaml').built).toEqual([
      ['backend', 'compose-backend'],
      ['frontend', 'compose-frontend'],
    ]);
  });

  test('plex has only a third-party image; its unset variable is warned about by name', () => {
    const warnings: string[] = [];
    const project = loadComposeProject([join(FIXTURES, 'plex.yaml')], {
      env: {},
      display: show,
      onWarning: (w) => warnings.push(w),
    });
    expect(composeImageSources(project).images).toEqual([]);
    expect(warnings).toContain('plex.yaml: the "PLEX_MEDIA_PATH" variable is not set; using an empty string');
  });

  test('a name: at the top level is the project name (only react-rust-postgres has one)', () => {
    const withName = fixtureFiles.filter((file) => {
      const project = loadComposeProject([join(FIXTURES, file)], { env: {}, display: show, onWarning: () => {} });
      return project.name !== 'compose';
    });
    expect(withName).toEqual(['react-rust-postgres.yaml']); // the others take the folder's name
  });
});

describe('loading a project', () => {
  test('interpolates from the environment first, then .env beside the first file', () => {
    const dir = folder({
      'compose.yaml': 'services:\n  web:\n    build: .\n    image: ${REGISTRY:-docker.io/acme}/web:${TAG}\n',
      '.env': 'TAG=from-dotenv\nREGISTRY=ghcr.io/dotenv\n',
    });
    const project = loadComposeProject([join(dir, 'compose.yaml')], {
      env: { REGISTRY: 'ghcr.io/env' },
      display: show,
    });
    expect(project.services[0].image).toBe('ghcr.io/env/web:from-dotenv');
  });

  test('project name: COMPOSE_PROJECT_NAME, else name:, else the folder normalised', () => {
    const dir = folder({ 'compose.yaml': 'services:\n  web:\n    build: .\n' });
    expect(loadComposeProject([join(dir, 'compose.yaml')], { env: {} }).name).toBe('myshop_app');
    expect(loadComposeProject([join(dir, 'compose.yaml')], { env: { COMPOSE_PROJECT_NAME: 'other' } }).name).toBe(
      'other',
    );
    const named = folder({ 'compose.yaml': 'name: ${NAME:-shop}\nservices:\n  web:\n    build: .\n' });
    expect(loadComposeProject([join(named, 'compose.yaml')], { env: {} }).name).toBe('shop');
    expect(normalizeProjectName('-_Weird.Name!9')).toBe('weirdname9');
    expect(defaultImageName('shop', 'web')).toBe('shop-web');
  });

  test('merges files in order like docker compose -f a -f b', () => {
    const dir = folder({
      'a.yaml': 'name: shop\nservices:\n  web:\n    build: ./web\n    image: acme/web\n  db:\n    image: postgres:16\n',
      'b.yaml':
        'services:\n  web:\n    build:\n      dockerfile: Dockerfile.prod\n    image: acme/web-prod\n  worker:\n    build: ./worker\n',
    });
    const project = loadComposeProject([join(dir, 'a.yaml'), join(dir, 'b.yaml')], { env: {} });
    expect(project.services.map((s) => [s.name, s.image, s.build])).toEqual([
      ['web', 'acme/web-prod', { context: './web', dockerfile: 'Dockerfile.prod', target: undefined }],
      ['db', 'postgres:16', undefined],
      ['worker', undefined, { context: './worker', dockerfile: undefined, target: undefined }],
    ]);
  });

  test('default files: compose.yaml before docker-compose.yml, plus its override file', () => {
    const warnings: string[] = [];
    const dir = folder({
      'compose.yaml': 'services: {}\n',
      'docker-compose.yml': 'services: {}\n',
      'compose.override.yaml': 'services: {}\n',
    });
    expect(findDefaultComposeFiles(dir, (w) => warnings.push(w)).map((f) => basename(f))).toEqual([
      'compose.yaml',
      'compose.override.yaml',
    ]);
    expect(warnings[0]).toMatch(/several Compose files/);
    expect(findDefaultComposeFiles(folder({}))).toEqual([]);
    expect(findDefaultComposeFiles(folder({ 'docker-compose.yml': '' })).map((f) => basename(f))).toEqual([
      'docker-compose.yml',
    ]);
  });

  test('extends: same file, another file, chains; cycles and missing bases are named', () => {
    const dir = folder({
      'compose.yaml': [
        'services:',
        '  base:',
        '    image: acme/base',
        '  web:',
        '    extends: base',
        '    build: ./web',
        '  api:',
        '    extends: {service: shared, file: common/common.yaml}',
        '    image: acme/api',
        '',
      ].join('\n'),
      'common/common.yaml':
        'services:\n  root:\n    build: ./root\n  shared:\n    extends: root\n    environment: [A=1]\n',
    });
    const project = loadComposeProject([join(dir, 'compose.yaml')], { env: {} });
    expect(project.services.map((s) => [s.name, s.image, s.build?.context])).toEqual([
      ['base', 'acme/base', undefined],
      ['web', 'acme/base', './web'],
      ['api', 'acme/api', './root'],
    ]);
    const cycle = folder({ 'compose.yaml': 'services:\n  a:\n    extends: b\n  b:\n    extends: a\n' });
    expect(() => loadComposeProject([join(cycle, 'compose.yaml')], { env: {}, display: show })).toThrow(
      /compose\.yaml: service "a" extends itself through a → b/,
    );
    const missing = folder({ 'compose.yaml': 'services:\n  a:\n    extends: nope\n' });
    expect(() => loadComposeProject([join(missing, 'compose.yaml')], { env: {}, display: show })).toThrow(
      'compose.yaml: service "a" extends "nope", which compose.yaml does not define',
    );
  });

  test('profiles: a service is pushed only when one of its profiles is active (or it is named in services)', () => {
    const dir = folder({
      'compose.yaml': 'services:\n  web:\n    build: .\n  debug:\n    build: ./debug\n    profiles: [debug]\n',
      '.env': 'COMPOSE_PROFILES=\n',
    });
    const file = join(dir, 'compose.yaml');
    const names = (env: Record<string, string>, services: string[] = []) =>
      composeImageSources(loadComposeProject([file], { env }), { services }).images.map((image) => image.name);
    expect(names({})).toEqual(['web']);
    expect(names({ COMPOSE_PROFILES: 'ops, debug' })).toEqual(['web', 'debug']);
    expect(names({}, ['debug'])).toEqual(['debug']);
    const skipped = composeImageSources(loadComposeProject([file], { env: {} })).skipped;
    expect(skipped).toEqual([
      { service: 'debug', image: undefined, reason: 'its profiles (debug) are not in COMPOSE_PROFILES' },
    ]);
  });

  test('a YAML syntax error names the file and line', () => {
    const dir = folder({ 'compose.yaml': 'services:\n  web:\n    build: .\n    image: [unclosed\n' });
    let error: unknown;
    try {
      loadComposeProject([join(dir, 'compose.yaml')], { env: {}, display: show });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^compose\.yaml:\d+: YAML syntax error: /);
    expect((error as UserError).file).toBe('compose.yaml');
    expect((error as Error).message).not.toContain('\n');
  });

  test.each([
    ['an alias with no anchor', 'environment: {DB_PASSWORD: *Sup3rS3cretValue}'],
    ['an unknown tag', 'environment:\n      DB_PASSWORD: !Sup3rS3cretValue x'],
  ])('a YAML error never repeats the file: %s', (_name, line) => {
    const dir = folder({ 'compose.yaml': `services:\n  web:\n    build: .\n    ${line}\n` });
    let error: unknown;
    try {
      loadComposeProject([join(dir, 'compose.yaml')], { env: {}, display: show });
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).toMatch(/^compose\.yaml:\d+: YAML syntax error: an? /);
    expect(`${(error as Error).message}\n${(error as Error).stack}`).not.toContain('S3cret');
  });

  test('an unresolved ${VAR:?} names the file, line and variable', () => {
    const dir = folder({
      'compose.yaml': 'services:\n  web:\n    build: .\n    image: ghcr.io/acme/web:${TAG:?set the release tag}\n',
    });
    expect(() => loadComposeProject([join(dir, 'compose.yaml')], { env: {}, display: show })).toThrow(
      "compose.yaml:4: required variable TAG is missing a value: set the release tag: set TAG in the step's env or in .env",
    );
  });

  test('structure errors name the file and service', () => {
    const services = folder({ 'compose.yaml': 'services:\n  - web\n' });
    expect(() => loadComposeProject([join(services, 'compose.yaml')], { env: {}, display: show })).toThrow(
      'compose.yaml:1: "services" must be a mapping of service names',
    );
    const neither = folder({ 'compose.yaml': 'services:\n  web:\n    ports: ["80:80"]\n' });
    const project = loadComposeProject([join(neither, 'compose.yaml')], { env: {}, display: show });
    expect(() => composeImageSources(project)).toThrow(
      'compose.yaml:2: service "web" has neither "image:" nor "build:"',
    );
    const missing = folder({});
    expect(() => loadComposeProject([join(missing, 'compose.yaml')], { env: {}, display: show })).toThrow(
      /compose\.yaml does not exist/,
    );
  });

  test('the services filter names unknown services', () => {
    const dir = folder({ 'compose.yaml': 'services:\n  web:\n    build: .\n  api:\n    build: .\n' });
    const project = loadComposeProject([join(dir, 'compose.yaml')], { env: {} });
    expect(composeImageSources(project, { services: ['api'] }).images.map((i) => i.name)).toEqual(['api']);
    expect(() => composeImageSources(project, { services: ['api', 'nope'] })).toThrow(
      'Input "services" names "nope", which is not in the Compose project: use some of web, api',
    );
  });
});

describe('target repositories', () => {
  const built = { name: 'web', local: 'shop-web', kind: 'build' as const, service: 'web', where: 'compose.yaml:2' };
  const named = { ...built, local: 'ghcr.io/acme/frontend:dev', declared: 'ghcr.io/acme/frontend:dev' };

  test('with a registry: <registry>/<prefix>/<last segment of image:, else the service>', () => {
    expect(targetRepository(built, { registry: '127.0.0.1:5000', prefix: 'shop' }).name).toBe(
      '127.0.0.1:5000/shop/web',
    );
    expect(targetRepository(named, { registry: '127.0.0.1:5000', prefix: 'acme/shop/' }).name).toBe(
      '127.0.0.1:5000/acme/shop/frontend',
    );
    expect(targetRepository(named, { registry: 'ghcr.io', prefix: 'other' }).name).toBe('ghcr.io/acme/frontend'); // already named for it
    expect(targetRepository({ ...named, declared: 'acme/frontend' }, { registry: 'ghcr.io' }).name).toBe(
      'ghcr.io/frontend',
    );
    expect(targetRepository({ ...named, kind: 'third-party' }, { registry: 'ghcr.io', prefix: 'mirror' }).name).toBe(
      'ghcr.io/mirror/frontend',
    );
  });

  test('without a registry: the image: name itself', () => {
    expect(targetRepository(named, {}).name).toBe('ghcr.io/acme/frontend');
    expect(() => targetRepository(built, {})).toThrow(
      /service "web" has no "image:" name to push to: set the registry input/,
    );
    expect(() => targetRepository(named, { prefix: 'x' })).toThrow(
      'Input "repository-prefix" needs the registry input',
    );
  });

  test('bad registry and prefix inputs are named', () => {
    expect(() => targetRepository(built, { registry: 'https://ghcr.io' })).toThrow(
      /^Input "registry" is "https:\/\/ghcr.io"/,
    );
    expect(() => targetRepository(built, { registry: 'ghcr.io', prefix: 'Acme' })).toThrow(
      /^Input "repository-prefix" is "Acme": .*lower-case/,
    );
  });

  test('an upper-case service name cannot be a repository', () => {
    expect(() => targetRepository({ ...built, service: 'Web', name: 'Web' }, { registry: 'ghcr.io' })).toThrow(
      /service "Web".*lower-case/,
    );
  });

  test('image lists: each name is checked, its last segment is the short name', () => {
    expect(listImageSources(['acme/web:dev', 'localhost/api']).map((s) => [s.name, s.local])).toEqual([
      ['web', 'acme/web:dev'],
      ['api', 'localhost/api'],
    ]);
    expect(() => listImageSources(['Acme/Web'])).toThrow(/^Input "images" has invalid image reference "Acme\/Web"/);
    expect(() => listImageSources(['web:bad;rm'])).toThrow(/^Input "images" has invalid image reference "web:bad;rm"/);
  });
});
