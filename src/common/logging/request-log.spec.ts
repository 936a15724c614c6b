import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { loggedPath, requestLogFields } from './request-log';

describe('the request log line', () => {
  it('drops the query string and hides one-time tokens in the path', () => {
    expect(loggedPath('/admin/users?q=fatou&page=2')).toBe('/admin/users');
    expect(loggedPath('/setup/9w6tHXUpTfcZk6i_vGBKy3CA9AJThThmGP4xIVuyWsk')).toBe('/setup/[token]');
    expect(loggedPath('/invitations/accept/LT36kNFj6KQFGj1uyLjcufN040N8SzCm?x=1')).toBe(
      '/invitations/accept/[token]',
    );
    expect(loggedPath('/states/KEN')).toBe('/states/KEN');
    expect(loggedPath(undefined)).toBe('');
  });

  it('holds method, path, status, rounded time and the user id, and nothing else', () => {
    const request = new IncomingMessage(new Socket()) as IncomingMessage & {
      originalUrl?: string;
      user?: AuthenticatedUser;
    };
    request.method = 'GET';
    request.url = '/states?region=Africa';
    request.headers.cookie = 'cttp.sid=secret';
    const response = new ServerResponse(request);
    response.statusCode = 200;
    expect(requestLogFields(request, response, 3.6)).toEqual({
      method: 'GET',
      path: '/states',
      status: 200,
      ms: 4,
    });
    request.user = { id: 42 } as AuthenticatedUser;
    expect(requestLogFields(request, response, 0.2)).toEqual({
      method: 'GET',
      path: '/states',
      status: 200,
      ms: 0,
      userId: 42,
    });
  });
});
