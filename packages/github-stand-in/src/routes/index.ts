import { deploymentRoutes } from './deployments.js';
import { pullRoutes } from './pulls.js';
import { releaseRoutes } from './releases.js';
import type { Route } from './route.js';

export type { Route, RouteRequest, RouteResponse } from './route.js';
export { notFound, page, validationFailed } from './route.js';

/** Every route the stand-in serves. Add an endpoint by adding its Route to a list here. */
export const defaultRoutes: Route[] = [...deploymentRoutes, ...releaseRoutes, ...pullRoutes];
