import { githubContext } from '@kra/core';
import type { RefComparison } from '../../src/config-changes-at-refs.js';
import { configChangesSummary } from '../../src/config-changes-summary.js';

const HEAD = 'c2'.repeat(20);
const BASE = 'b1'.repeat(20);
const context = githubContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '99', GITHUB_SHA: HEAD });

function comparison(base: RefComparison['base']): RefComparison {
  const change = { kind: 'Secret' as const, name: 'web-secret', namespace: 'shop', change: 'modified' as const };
  return {
    head: HEAD,
    base,
    diff: {
      changedConfigs: [change],
      affectedWorkloads: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: 'web',
          namespace: 'shop',
          file: 'deploy/web.yaml',
          line: 3,
          configs: [{ ...change, via: ['env'] }],
          specChanged: false,
          restart: true,
        },
      ],
      restart: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'shop' }],
      checksums: {},
    },
  };
}

test('the config changes summary: tables first, then what was compared, with links to the commit, compare view and run', () => {
  const text = configChangesSummary(
    comparison({
      commit: BASE,
      source: 'previous-tag',
      tag: 'v1.0.0',
      description: 'the previous release v1.0.0',
      notes: [],
    }),
    context,
  ).toString();
  expect(text).toMatch(/^## Config changes: 1 config\(s\) changed, 1 workload\(s\) to restart\n\n\| change \| kind \|/);
  expect(text).toContain('| modified | Secret | shop | web-secret |');
  expect(text).toContain('| Deployment web | shop | Secret web-secret (modified) | yes | deploy/web.yaml:3 |');
  expect(text).toContain(`Compared head \`${HEAD.slice(0, 12)}\` with the previous release v1.0.0.`);
  expect(text).toContain(
    `[commit ${HEAD.slice(0, 12)}](https://github.com/acme/shop/commit/${HEAD}) · ` +
      `[compare ${BASE.slice(0, 12)}...${HEAD.slice(0, 12)}](https://github.com/acme/shop/compare/${BASE}...${HEAD}) · ` +
      '[run](https://github.com/acme/shop/actions/runs/99)',
  );
});

test('with no base (a first release) there is no compare link; outside GitHub no links at all', () => {
  const first = comparison({ source: 'none', description: 'nothing (no earlier release)', notes: [] });
  const text = configChangesSummary(first, context).toString();
  expect(text).not.toContain('/compare/');
  expect(text).toContain(`[commit ${HEAD.slice(0, 12)}](https://github.com/acme/shop/commit/${HEAD}) · [run](`);
  expect(configChangesSummary(first, githubContext({})).toString()).not.toContain('](');
});
