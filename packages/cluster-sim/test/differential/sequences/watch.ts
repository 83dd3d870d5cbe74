/** Watch: events from a resourceVersion, selectors, bookmarks, initial events, 410 Gone. */
import { del, get, patch, post, put, watch, type Sequence } from '../harness/sequence.js';
import { configMap, paths } from './objects.js';

type Event = { type: string; object: any };
const count = (n: number, type?: string) => (events: Event[]) =>
  events.filter((e) => (type ? e.type === type : e.type !== 'BOOKMARK')).length >= n;
/** Events as type and the object's name and data (bookmarks carry only a resourceVersion and annotations). */
const brief = (events: Event[]) =>
  events.map((e) =>
    e.type === 'BOOKMARK'
      ? { type: e.type, kind: e.object?.kind, apiVersion: e.object?.apiVersion, metadata: e.object?.metadata }
      : e.type === 'ERROR' || e.type === 'STATUS'
        ? e
        : { type: e.type, name: e.object?.metadata?.name, labels: e.object?.metadata?.labels, data: e.object?.data },
  );

const saveRv = { save: (a: any) => ({ rv: a.body.metadata.resourceVersion }) };

export const watches: Sequence[] = [
  {
    name: 'watch from a resourceVersion',
    about: 'ADDED, MODIFIED and DELETED events after the list, whole objects in them',
    steps: [
      post(paths.configMaps, configMap('before', { a: '0' })),
      get(paths.configMaps, {
        ...saveRv,
        view: (a) => ({ status: a.status, kind: a.body?.kind, apiVersion: a.body?.apiVersion }),
      }),
      watch(paths.configMaps + '?watch=1&resourceVersion={rv}', count(4), {
        during: [
          post(paths.configMaps, configMap('one', { a: '1' })),
          put(paths.configMap('one'), configMap('one', { a: '2' })),
          patch('merge', paths.configMap('before'), { data: { a: '3' } }),
          del(paths.configMap('one')),
        ],
      }),
    ],
  },
  {
    name: 'watch with a label selector',
    about: 'an object that stops matching is sent as DELETED, one that starts matching as ADDED',
    steps: [
      post(paths.configMaps, configMap('cm', { a: '0' }, { labels: { tier: 'front' } }), saveRv),
      watch(paths.configMaps + '?watch=1&labelSelector=tier%3Dfront&resourceVersion={rv}', count(3), {
        during: [
          patch('merge', paths.configMap('cm'), { metadata: { labels: { tier: 'back' } } }),
          patch('merge', paths.configMap('cm'), { data: { a: '1' } }),
          patch('merge', paths.configMap('cm'), { metadata: { labels: { tier: 'front' } } }),
          patch('merge', paths.configMap('cm'), { data: { a: '2' } }),
        ],
        view: brief,
      }),
    ],
  },
  {
    name: 'watch initial events and bookmarks',
    about: 'sendInitialEvents streams the state, then a bookmark marked initial-events-end',
    steps: [
      post(paths.configMaps, configMap('a', { a: '1' })),
      post(paths.configMaps, configMap('b', { b: '1' })),
      watch(
        paths.configMaps + '?watch=1&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan',
        count(1, 'BOOKMARK'),
        { view: brief },
      ),
      watch(paths.configMaps + '?watch=1&sendInitialEvents=true', count(1), { view: brief }),
      watch(paths.configMaps + '?watch=1&sendInitialEvents=true&allowWatchBookmarks=true', count(1), { view: brief }),
      watch(paths.configMaps + '?watch=1&fieldSelector=metadata.name%3Db', count(1), { view: brief }),
    ],
  },
  {
    name: 'watch timeout',
    about: 'the server ends a watch after timeoutSeconds; with bookmarks allowed it sends one before',
    steps: [
      post(paths.configMaps, configMap('a', { a: '1' }), saveRv),
      watch(paths.configMaps + '?watch=1&timeoutSeconds=2&allowWatchBookmarks=true&resourceVersion={rv}', () => false, {
        view: (events) => [...new Set(events.map((e) => e.type))],
      }),
      watch(paths.configMaps + '?watch=1&timeoutSeconds=1&resourceVersion={rv}', () => false, { view: brief }),
      watch(paths.configMaps + '?watch=1&timeoutSeconds=5&allowWatchBookmarks=true&resourceVersion={rv}', () => false, {
        view: (events) => events.map((e) => e.type),
      }),
    ],
  },
  {
    name: 'watch gone',
    about: 'a resourceVersion older than the history answers an ERROR event with 410 Expired',
    steps: [
      watch(paths.configMaps + '?watch=1&resourceVersion=1', count(1, 'ERROR')),
      get(paths.configMaps + '?resourceVersion=1&resourceVersionMatch=Exact', {
        view: (a) => ({ status: a.status, reason: a.body?.reason, message: a.body?.message }),
      }),
      watch(paths.configMaps + '?watch=1&resourceVersion=abc', count(1, 'ERROR')),
    ],
  },
];
