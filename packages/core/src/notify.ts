/**
 * A deploy's outcome posted to a Slack-compatible incoming webhook (Slack, Mattermost,
 * Rocket.Chat, Teams' Slack-compatible connectors): release, environment, status,
 * committer, and links to the run and the commit. A notification that cannot be sent is a
 * warning, never a failed deploy; the webhook URL is a secret and is never printed.
 */
export interface DeployNotice {
  release: string;
  version: string;
  environment: string;
  /** k8s-deploy's status: deployed, rolled-back, failed, cancelled, dry-run, progressing, rejected. */
  status: string;
  committer: string;
  runUrl: string;
  commitUrl: string;
  sha: string;
  url?: string;
}

const ICONS: Record<string, string> = {
  deployed: '✅',
  'rolled-back': '↩️',
  failed: '❌',
  cancelled: '⏹️',
  'dry-run': '🔍',
  progressing: '⏸',
  rejected: '↩️',
};

/** The message, as Slack's incoming webhooks take it: text for notifications, blocks for the channel. */
export function deployMessage(notice: DeployNotice): { text: string; blocks: unknown[] } {
  const where = notice.environment ? ` to ${notice.environment}` : '';
  const text = `${ICONS[notice.status] ?? 'ℹ️'} ${notice.release} ${notice.version}${where}: ${notice.status} (committer ${notice.committer})`;
  const links = [
    notice.runUrl ? `<${notice.runUrl}|run>` : '',
    notice.commitUrl ? `<${notice.commitUrl}|commit ${notice.sha.slice(0, 7)}>` : '',
    notice.url ? `<${notice.url}|${notice.environment || 'environment'}>` : '',
  ].filter(Boolean);
  return {
    text,
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `*${notice.release} ${notice.version}*${where}: *${notice.status}*` },
      },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: [`committer ${notice.committer}`, ...links].join(' · ') }],
      },
    ],
  };
}

/** Posts the message; resolves with a one-line problem (no URL in it), or undefined when it was accepted. */
export async function postWebhook(url: string, message: unknown, timeoutMs = 10_000): Promise<string | undefined> {
  let host = 'the webhook';
  try {
    host = new URL(url).host;
  } catch {
    return 'notify-webhook is not a URL: give the incoming webhook URL of the channel';
  }
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return `the notification to ${host} was refused: HTTP ${response.status}`;
    return undefined;
  } catch (error) {
    return `the notification to ${host} could not be sent: ${(error as Error).name === 'TimeoutError' ? 'no answer' : (error as Error).message}`;
  }
}
