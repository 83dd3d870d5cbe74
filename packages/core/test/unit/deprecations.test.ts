import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDeprecatedOutputs } from '../../src/index.js';

const WORKFLOW = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - id: changes
        uses: kube-release/kube-release-actions/actions/detect-config-changes@v1
      - run: echo "\${{ steps.changes.outputs.restart-list }}"
      - run: echo '\${{ toJSON(fromJSON(steps.changes.outputs.restart)) }}'
      - run: echo "\${{ steps.other.outputs.changed-configs-list }}"
`;

function setup(workflow = WORKFLOW) {
  const workspace = mkdtempSync(join(tmpdir(), 'kra-deprecations-'));
  mkdirSync(join(workspace, '.github/workflows'), { recursive: true });
  writeFileSync(join(workspace, '.github/workflows/deploy.yml'), workflow);
  const output = join(workspace, 'output.txt');
  writeFileSync(output, '');
  const env = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
    GITHUB_ACTION: 'changes',
  };
  return { env, output };
}

const aliases = (value: string) => [
  { name: 'restart-list', use: 'restart', value },
  { name: 'changed-configs-list', use: 'changed-configs', value: '' },
];

describe('deprecated outputs', () => {
  const saved = process.env.GITHUB_OUTPUT;
  afterEach(() => {
    process.env.GITHUB_OUTPUT = saved;
  });

  test('every alias is written with its value, and the workflow is told about each one it reads', () => {
    const { env, output } = setup();
    process.env.GITHUB_OUTPUT = output;
    const warnings = writeDeprecatedOutputs(
      aliases('Deployment shop/web'),
      [
        { name: 'restart', json: 'restart-json' },
        { name: 'changed-configs', json: 'changed-configs-json' },
      ],
      env,
    );
    expect(readFileSync(output, 'utf8')).toMatch(/restart-list<<.*\nDeployment shop\/web\n/);
    expect(warnings).toEqual([
      'Output "restart-list" of step "changes" is deprecated and goes away in v2: read steps.changes.outputs.restart, which holds the same value',
      'Output "restart" of step "changes" is newline text now (one rule for every list output): read fromJSON(steps.changes.outputs.restart-json) for the JSON',
    ]);
  });

  test('no warning for a step the workflow reads by the new names, nor for a step without an id', () => {
    const { env, output } = setup(
      WORKFLOW.replace('restart-list', 'restart').replace('outputs.restart)', 'outputs.restart-json)'),
    );
    process.env.GITHUB_OUTPUT = output;
    expect(writeDeprecatedOutputs(aliases('x'), [{ name: 'restart', json: 'restart-json' }], env)).toEqual([]);
    expect(writeDeprecatedOutputs(aliases('x'), [], { ...setup().env, GITHUB_ACTION: '__run_2' })).toEqual([]);
  });

  test('a workflow that is not in the checkout gives no warning and no error', () => {
    const { env, output } = setup();
    process.env.GITHUB_OUTPUT = output;
    expect(
      writeDeprecatedOutputs(aliases('x'), [], { ...env, GITHUB_WORKFLOW_REF: 'acme/ops/.github/workflows/x.yml@v1' }),
    ).toEqual([]);
  });

  test("the bracket form steps.id.outputs['name'] is read too; a longer name is not the alias", () => {
    const { env, output } = setup(
      "x: ${{ steps.changes.outputs['restart-list'] }}\ny: ${{ steps.changes.outputs.restart-list-2 }}\n",
    );
    process.env.GITHUB_OUTPUT = output;
    expect(writeDeprecatedOutputs([{ name: 'restart-list', use: 'restart', value: '' }], [], env)).toHaveLength(1);
    const { env: other } = setup('y: ${{ steps.changes.outputs.restart-list-2 }}\n');
    expect(writeDeprecatedOutputs([{ name: 'restart-list', use: 'restart', value: '' }], [], other)).toEqual([]);
  });
});
