/**
 * Kubernetes' name rules (k8s.io/apimachinery/pkg/util/validation): light enough for an
 * action to check an input before it loads the YAML stack (subpath `@kra/manifests/names`).
 */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export type NameRule = 'dns1123-subdomain' | 'dns1123-label' | 'dns1035-label' | 'path-segment';

/** Why a name is invalid under a rule, or undefined when it is valid. */
export function nameProblem(name: string, rule: NameRule, maxLength?: number): string | undefined {
  switch (rule) {
    case 'dns1123-label':
      if (name.length > (maxLength ?? 63)) return `must be no more than ${maxLength ?? 63} characters`;
      return DNS1123_LABEL.test(name)
        ? undefined
        : 'must be a DNS-1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit';
    case 'dns1035-label':
      if (name.length > (maxLength ?? 63)) return `must be no more than ${maxLength ?? 63} characters`;
      return DNS1035_LABEL.test(name)
        ? undefined
        : 'must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit';
    case 'path-segment':
      if (name === '.' || name === '..') return 'may not be "." or ".."';
      return /[/%]/.test(name) ? 'may not contain "/" or "%"' : undefined;
    default:
      if (name.length > (maxLength ?? 253)) return `must be no more than ${maxLength ?? 253} characters`;
      return DNS1123_SUBDOMAIN.test(name)
        ? undefined
        : 'must be a DNS-1123 subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit';
  }
}
