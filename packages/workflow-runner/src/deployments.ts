/**
 * GitHub's record of a job's environment: a deployment per job that names one, with
 * statuses queued → in_progress → success or failure (environment_url from the job's
 * environment url), written through the API stand-in as GitHub writes them.
 */
export interface DeploymentApi {
  url: string;
  token: string;
  repository: string;
}

async function post(api: DeploymentApi, path: string, body: unknown): Promise<any> {
  const response = await fetch(`${api.url}/repos/${api.repository}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${api.token}`,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { message?: string };
  if (!response.ok) throw new Error(`GitHub API ${path}: ${response.status} ${answer.message ?? ''}`.trim());
  return answer;
}

export class DeploymentRecord {
  private constructor(
    private readonly api: DeploymentApi,
    readonly id: number,
  ) {}

  static async create(
    api: DeploymentApi,
    facts: { ref: string; sha: string; environment: string; description: string; logUrl: string },
  ): Promise<DeploymentRecord> {
    const deployment = await post(api, '/deployments', {
      ref: facts.sha,
      environment: facts.environment,
      description: facts.description,
      auto_merge: false,
      required_contexts: [],
      payload: { ref: facts.ref },
      production_environment: /prod/i.test(facts.environment),
    });
    const record = new DeploymentRecord(api, deployment.id as number);
    await record.status('queued', { log_url: facts.logUrl });
    return record;
  }

  async status(
    state: 'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive',
    extra: { log_url?: string; environment_url?: string; description?: string } = {},
  ): Promise<void> {
    const body: Record<string, string> = { state };
    for (const [key, value] of Object.entries(extra)) if (value) body[key] = value;
    await post(this.api, `/deployments/${this.id}/statuses`, body);
  }
}
