/**
 * The environment gate: a job that names an environment waits for a reviewer, as GitHub's
 * required reviewers make it wait. Locally the reviewer is whoever runs the workflow: a
 * prompt on a terminal, or --approve ENV,...|all. The prompt shows what the gate guards.
 */
import { createInterface } from 'node:readline/promises';

export interface Gate {
  environment: string;
  /** workflow › job, as the run shows it. */
  job: string;
  ref: string;
  sha: string;
  /** Names (never values) of the secrets and variables the environment adds. */
  secrets: string[];
  vars: string[];
}

export type Approver = (gate: Gate) => Promise<{ approved: boolean; by: string }>;

export function describeGate(gate: Gate): string[] {
  return [
    `environment ${gate.environment} guards ${gate.job}`,
    `  ref ${gate.ref} (${gate.sha.slice(0, 12)})`,
    `  unlocks secrets: ${gate.secrets.join(', ') || 'none'}; variables: ${gate.vars.join(', ') || 'none'}`,
  ];
}

/**
 * Approves the environments named (or all), asks on a terminal for the others, and refuses
 * them when there is no terminal to ask on.
 */
export function approver(options: {
  approve: string[] | 'all';
  interactive: boolean;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}): Approver {
  return async (gate) => {
    if (options.approve === 'all' || options.approve.includes(gate.environment))
      return { approved: true, by: '--approve' };
    if (!options.interactive)
      return { approved: false, by: `no terminal to ask on; pass --approve ${gate.environment}` };
    const prompt = createInterface({ input: options.input ?? process.stdin, output: options.output ?? process.stdout });
    try {
      const answer = await prompt.question(
        `${describeGate(gate).join('\n')}\nApprove the deployment to ${gate.environment}? [y/N] `,
      );
      return /^y(es)?$/i.test(answer.trim())
        ? { approved: true, by: 'you, at the prompt' }
        : { approved: false, by: 'you, at the prompt' };
    } finally {
      prompt.close();
    }
  };
}
