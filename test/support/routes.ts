import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AREA, deniedStatus, type Area } from '../../src/common/areas/area';
import type { PortalExpressAdapter } from '../../src/common/http/portal-express-adapter';
import { IS_PUBLIC } from '../../src/common/auth/public.decorator';
import type { Role } from '../../src/common/identity/role';

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the running app serves, as `METHOD /path` (Express 5's router, and the RouteTable's). */
export function listRoutes(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
  const table = (app.getHttpAdapter() as PortalExpressAdapter).routes;
  const stacks = [express.router, ...(table?.routers() ?? [])].map(
    (router) => (router as unknown as { stack: RouterLayer[] }).stack,
  );
  const routes = new Set<string>();
  for (const layer of stacks.flat()) {
    // Nest's catch-all that answers 404 for unknown paths is not a route of ours.
    if (!layer.route || layer.route.path === '/{*path}') continue;
    for (const [method, enabled] of Object.entries(layer.route.methods)) {
      if (enabled && method !== '_all') routes.add(`${method.toUpperCase()} ${layer.route.path}`);
    }
  }
  return [...routes].sort();
}

/** What a route declares about who may use it: public, or the roles of its area (none: nobody). */
export interface RouteAccess {
  public: boolean;
  roles: readonly Role[] | 'all' | 'none';
  /** What roles outside the area get (403, or 404 for an area hidden from them). */
  denied: 403 | 404;
}

/**
 * The access each route of the running app declares, keyed `METHOD /path` like listRoutes: read
 * from the controllers' metadata (@Public, @InArea), the same metadata the session guard reads.
 */
export function declaredAccess(app: NestExpressApplication): Map<string, RouteAccess> {
  const reflector = app.get(Reflector);
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const access = new Map<string, RouteAccess>();
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
    if (!controller) continue;
    const prefixes = asList(Reflect.getMetadata(PATH_METADATA, controller) as unknown);
    for (const name of scanner.getAllMethodNames(controller.prototype as object)) {
      const handler = (controller.prototype as Record<string, unknown>)[name] as () => unknown;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const targets = [handler, controller];
      const isPublic = reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
      const area = reflector.getAllAndOverride<Area | undefined>(AREA, targets);
      for (const prefix of prefixes) {
        for (const path of asList(Reflect.getMetadata(PATH_METADATA, handler) as unknown)) {
          const joined = `/${[prefix, path].map(trimSlashes).filter(Boolean).join('/')}`;
          access.set(`${RequestMethod[method]} ${joined}`, {
            public: isPublic,
            roles: area ? area.roles : 'none',
            denied: deniedStatus(area),
          });
        }
      }
    }
  }
  return access;
}

/** Nest stores a route path as a string or a list of strings (absent: the root). */
function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string');
  return [typeof value === 'string' ? value : ''];
}

function trimSlashes(segment: string): string {
  return segment.replace(/^\/+|\/+$/g, '');
}
