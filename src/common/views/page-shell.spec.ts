import type { Request, Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PageAdditions } from './page-additions';
import { pageShell } from './page-shell';

interface Rendered {
  view: string;
  locals: Record<string, unknown>;
}

/** A request and a response whose render records what the page would have been given. */
function exchange(
  path: string,
  flash?: { key: string }[],
  user?: Partial<AuthenticatedUser>,
  additions?: PageAdditions,
) {
  const rendered: Rendered[] = [];
  const request = {
    path,
    originalUrl: path,
    headers: { 'accept-language': 'en-XA' },
    ip: '127.0.0.1',
    session: flash ? { flash } : undefined,
    user,
  } as unknown as Request;
  const locals: Record<string, unknown> = {};
  const response = {
    locals,
    render(view: string, options?: object) {
      rendered.push({ view, locals: { ...locals, ...options } });
    },
  } as unknown as Response;
  let passed = false;
  pageShell(additions)(request, response, () => (passed = true));
  expect(passed).toBe(true);
  return { request, response, rendered };
}

describe('the page shell', () => {
  const official = {
    id: 7,
    name: 'Amina Diallo',
    email: 'amina@example.org',
    role: 'official',
    organisationName: 'Kenya',
    locale: null,
    timeZone: 'Africa/Nairobi',
  } as unknown as AuthenticatedUser;

  it('gives a rendered page the locale, time zone, member, navigation and flash, once', () => {
    const { request, response, rendered } = exchange('/', [{ key: 'account.saved' }], official);
    response.render('home/index');
    expect(rendered[0].locals).toMatchObject({
      locale: 'en-XA',
      timeZone: 'Africa/Nairobi',
      currentUser: { name: 'Amina Diallo', role: 'official' },
      flash: [{ key: 'account.saved' }],
    });
    expect(Array.isArray(rendered[0].locals.navigation)).toBe(true);
    expect(request.session.flash).toEqual([]);
  });

  it('leaves the flash for the next page when the answer is not a page (a redirect)', () => {
    const { request } = exchange('/account', [{ key: 'account.saved' }], official);
    expect(request.session.flash).toEqual([{ key: 'account.saved' }]);
  });

  it('lets what the render is given win over the shell (the error pages)', () => {
    const { response, rendered } = exchange('/nowhere', undefined, official);
    response.render('errors/error', { currentUser: undefined, navigation: [] });
    expect(rendered[0].locals.currentUser).toBeUndefined();
    expect(rendered[0].locals.navigation).toEqual([]);
  });

  it('does nothing under /api/', () => {
    const { response, rendered } = exchange('/api/v1/messages', [{ key: 'x' }], official);
    response.render('anything');
    expect(rendered[0].locals.locale).toBeUndefined();
  });

  describe('with what modules add', () => {
    const additions = new PageAdditions();
    let countRead = 0;
    additions.register({
      id: 'kept',
      forMember: (user) => ({ locals: { liveUpdates: true, greetingFor: user.name } }),
    });
    additions.register({
      id: 'read',
      forMember: () => {
        countRead += 1;
        return Promise.resolve({ navigationCounts: { conversations: { count: 3, label: 'l' } } });
      },
    });
    additions.register({
      id: 'failing',
      forMember: () => Promise.reject(new Error('database away')),
    });

    it('renders once every source has answered, a failing one left out', async () => {
      const { response, rendered } = exchange('/', undefined, official, additions);
      response.render('home/index');
      expect(rendered).toHaveLength(0);
      await new Promise((resolve) => setImmediate(resolve));
      expect(rendered[0].locals).toMatchObject({
        liveUpdates: true,
        greetingFor: 'Amina Diallo',
        navigationCounts: { conversations: { count: 3, label: 'l' } },
      });
    });

    it('asks nothing for a fragment without the layout, nor for a visitor', () => {
      const before = countRead;
      const fragment = exchange('/screening', undefined, official, additions);
      fragment.response.render('rows', { layout: false });
      const visitor = exchange('/login', undefined, undefined, additions);
      visitor.response.render('auth/login');
      expect(countRead).toBe(before);
      expect(fragment.rendered[0].locals.liveUpdates).toBeUndefined();
      expect(visitor.rendered[0].locals.liveUpdates).toBeUndefined();
    });

    it('refuses a source registered twice', () => {
      expect(() => additions.register({ id: 'kept', forMember: () => undefined })).toThrow(
        'registered twice',
      );
    });
  });
});
