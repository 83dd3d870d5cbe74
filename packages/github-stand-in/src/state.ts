/** What the stand-in remembers: repositories and, per repository, the objects the routes create. */
import { type StandInUrls, now } from './objects.js';

export interface RepositoryFacts {
  owner: string;
  name: string;
  id: number;
  ownerId: number;
  defaultBranch: string;
  createdAt: string;
}

export interface RepositoryState {
  facts: RepositoryFacts;
  /** Objects by kind (deployments, releases, pulls, ...), as GitHub returns them, oldest first. */
  objects: Map<string, Array<Record<string, any>>>;
  /** Deployment statuses by deployment id, oldest first. */
  statuses: Map<number, Array<Record<string, any>>>;
}

export interface StandInStateOptions {
  urls: StandInUrls;
  /** owner/name of every repository the API knows. */
  repositories: string[];
  defaultBranch?: string;
  /** Resolves a branch, tag or SHA of a repository to a commit SHA (undefined: no such ref). */
  resolveRef?: (repository: string, ref: string) => string | undefined;
}

export class StandInState {
  readonly urls: StandInUrls;
  private lastId = 1000;
  private readonly users = new Map<string, number>();
  private readonly repositories = new Map<string, RepositoryState>();
  private readonly resolver?: (repository: string, ref: string) => string | undefined;

  constructor(options: StandInStateOptions) {
    this.urls = options.urls;
    this.resolver = options.resolveRef;
    for (const fullName of options.repositories) {
      const [owner, name] = fullName.split('/');
      if (!owner || !name) throw new Error(`github-stand-in: repository "${fullName}" is not owner/name`);
      this.repositories.set(fullName.toLowerCase(), {
        facts: {
          owner,
          name,
          id: this.nextId(),
          ownerId: this.userId(owner),
          defaultBranch: options.defaultBranch ?? 'main',
          createdAt: now(),
        },
        objects: new Map(),
        statuses: new Map(),
      });
    }
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  userId(login: string): number {
    let id = this.users.get(login);
    if (id === undefined) {
      id = this.nextId();
      this.users.set(login, id);
    }
    return id;
  }

  repository(owner: string, name: string): RepositoryState | undefined {
    return this.repositories.get(`${owner}/${name}`.toLowerCase());
  }

  /** Objects of one kind in a repository (created on first use), oldest first. */
  list(repository: RepositoryState, kind: string): Array<Record<string, any>> {
    let list = repository.objects.get(kind);
    if (!list) {
      list = [];
      repository.objects.set(kind, list);
    }
    return list;
  }

  /** The commit SHA a ref names: a full SHA as is, else the resolver's answer. */
  resolveRef(repository: RepositoryState, ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref)) return ref;
    return this.resolver?.(`${repository.facts.owner}/${repository.facts.name}`, ref);
  }
}
