import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import type { User } from '../../src/users/user.entity';
import { STRONG_PASSWORD, totp } from './factories';

export type Agent = TestAgent;

export function agentFor(server: Parameters<typeof request.agent>[0]): Agent {
  return request.agent(server);
}

/** The CSRF token of the first form on a page (the agent keeps the cookies that go with it). */
export async function csrfFrom(agent: Agent, path: string): Promise<string> {
  const response = await agent.get(path);
  const match = /name="_csrf" value="([^"]+)"/.exec(response.text);
  if (!match) throw new Error(`no CSRF token on ${path} (status ${response.status})`);
  return match[1];
}

/** Posts a form the way a browser does: urlencoded, with the page's CSRF token. */
export async function postForm(
  agent: Agent,
  formPage: string,
  action: string,
  fields: Record<string, string | string[]>,
) {
  const token = await csrfFrom(agent, formPage);
  return agent
    .post(action)
    .type('form')
    .send({ _csrf: token, ...fields });
}

/** Signs in through the real forms, second factor included when the account has one. */
export async function signIn(agent: Agent, user: User, password = STRONG_PASSWORD): Promise<void> {
  const response = await postForm(agent, '/login', '/login', { email: user.email, password });
  if (response.status !== 303) throw new Error(`sign-in failed: ${response.status}`);
  if (response.headers.location === '/login/two-factor') {
    const code = totp.codeAt(user.totpSecret!);
    const second = await postForm(agent, '/login/two-factor', '/login/two-factor', { code });
    if (second.status !== 303) throw new Error(`second factor failed: ${second.status}`);
  }
}

/** A new agent, signed in as `user`. */
export async function signedInAgent(
  server: Parameters<typeof request.agent>[0],
  user: User,
): Promise<Agent> {
  const agent = agentFor(server);
  await signIn(agent, user);
  return agent;
}
