/**
 * Where a release can be reached, for the environment's url on the run: a template the
 * workflow gives ({{release}}, {{version}}, {{namespace}}), else the first host of the
 * release's Ingress or HTTPRoute, else the address a LoadBalancer Service got.
 */
import type { KObject, KubeClient } from './client.js';

export function renderUrlTemplate(
  template: string,
  values: { release: string; version: string; namespace: string },
): string {
  return template.replace(/\{\{\s*(release|version|namespace)\s*\}\}/g, (_m, key: keyof typeof values) => values[key]);
}

function ingressUrl(object: KObject): string | undefined {
  const spec = object.spec as { rules?: Array<{ host?: string }>; tls?: Array<{ hosts?: string[] }> } | undefined;
  const host = spec?.rules?.find((rule) => rule.host && !rule.host.includes('*'))?.host;
  if (!host) return undefined;
  const secure = (spec?.tls ?? []).some((tls) => (tls.hosts ?? []).includes(host));
  return `${secure ? 'https' : 'http'}://${host}`;
}

function routeUrl(object: KObject): string | undefined {
  const host = (object.spec as { hostnames?: string[] } | undefined)?.hostnames?.find((name) => !name.includes('*'));
  return host ? `https://${host}` : undefined;
}

/** The URL from the manifests (Ingress, HTTPRoute), else from a LoadBalancer Service's live status. */
export async function releaseUrl(client: KubeClient, objects: KObject[]): Promise<string | undefined> {
  for (const object of objects) {
    const url =
      object.kind === 'Ingress' ? ingressUrl(object) : object.kind === 'HTTPRoute' ? routeUrl(object) : undefined;
    if (url) return url;
  }
  for (const object of objects) {
    if (object.kind !== 'Service' || (object.spec as { type?: string } | undefined)?.type !== 'LoadBalancer') continue;
    const live = await client.get('v1', 'Service', object.metadata.name!, object.metadata.namespace);
    const ingress = (
      live?.status as { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string }> } } | undefined
    )?.loadBalancer?.ingress?.[0];
    const port = (object.spec as { ports?: Array<{ port?: number }> }).ports?.[0]?.port;
    const address = ingress?.hostname ?? ingress?.ip;
    if (address) return `http://${address}${port && port !== 80 ? `:${port}` : ''}`;
  }
  return undefined;
}
