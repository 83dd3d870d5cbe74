/**
 * Parser messages without the parsed text. js-yaml names what it found in its messages (an
 * alias `*name`, a tag `!name`, a directive's arguments) and V8's JSON.parse quotes a snippet
 * and the offending token: in a manifest's Secret or a Compose file's environment, a
 * password. These give what is wrong, never what was written; a message they do not know is
 * replaced by a generic one. Used for manifests (@kra/manifests) and Compose files
 * (@kra/registry); imported by subpath so the parse worker's bundle stays small.
 */

/**
 * js-yaml's messages that hold no text of the document, as they are. Every other message is
 * rewritten by SAFE_YAML_REASONS, or replaced by a generic one: js-yaml puts alias names, tags,
 * directive arguments and tag prefixes in its messages, which can be a Secret's value.
 */
const SAFE_YAML_REASON = /^[a-zA-Z ;,()%!<>?.-]*(?:\(\d+\))?$/;
const SAFE_YAML_REASONS: Array<[RegExp, string]> = [
  [/^unidentified alias /, 'an alias (*name) that no anchor (&name) before it defines'],
  [/^unknown tag /, 'an unknown tag (a value starting with "!" must be quoted)'],
  [/^unacceptable node kind for /, 'a tag that does not fit its value (a value starting with "!" must be quoted)'],
  [/^cannot resolve a node with /, 'a tag that does not fit its value (a value starting with "!" must be quoted)'],
  [/^undeclared tag handle /, 'an undeclared tag handle (a value starting with "!" must be quoted)'],
  [/^tag name cannot contain such characters/, 'a malformed tag (a value starting with "!" must be quoted)'],
  [/^tag name is malformed/, 'a malformed tag (a value starting with "!" must be quoted)'],
  [/^there is a previously declared suffix for /, 'a %TAG directive that declares a handle twice'],
  [/^tag prefix is malformed/, 'a malformed %TAG directive'],
  [/^unknown document directive /, 'an unknown directive (a line starting with "%")'],
];

/** What js-yaml says is wrong, without anything from the document. */
export function safeYamlReason(reason: string): string {
  for (const [pattern, safe] of SAFE_YAML_REASONS) if (pattern.test(reason)) return safe;
  // Quoted parts are the document's (js-yaml quotes what it found); the rest is its own text.
  if (!/["'`]/.test(reason) && SAFE_YAML_REASON.test(reason) && !/!</.test(reason)) return reason;
  if (/^expected the node content, but found ','$/.test(reason)) return reason;
  return 'the text cannot be read as YAML';
}

/** What JSON.parse says is wrong, without the snippet and token of the document it quotes. */
export function safeJsonReason(message: string): string {
  const reason = message
    .replace(/ in JSON at position.*$/s, '')
    .replace(/, (?:\.\.\.)?".*$/s, '')
    .replace(/ ?'([^']*)'/g, (quoted, inside: string) => (/^[{}[\],:]*$/.test(inside) ? quoted : ''))
    .replace(/\s+/g, ' ')
    .trim();
  return /^[A-Za-z ,'{}[\]:]+$/.test(reason) ? reason : 'the text is not valid JSON';
}
