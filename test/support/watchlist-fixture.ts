import { createUser } from './factories';
import { agentFor, csrfFrom, postForm, signIn, type Agent } from './http';
import type { TestApp } from './test-app';

export const NATIONAL_HEADER =
  'id,surname,given_names,date_of_birth,nationality,gender,document_number,document_type,document_country,category,severity,aliases';

/** A small synthetic national list (names invented for the tests). */
export const NATIONAL_V1 = [
  NATIONAL_HEADER,
  'NAT-1,QUORVEN,Aldric Tamsin,1971-04-02,KEN,M,K1234567,P,KEN,terrorism,high,Al QUORVEN',
  'NAT-2,BELLIQUE,Saphira,1985,UGA,F,,,,organised crime,medium,',
  'NAT-3,MARDOVA,Tenzil Okaro,1990-12-30,TZA,M,,,,terrorism,critical,',
].join('\n');

/** Version 2: NAT-1 changed (date of birth, an alias, severity), NAT-2 removed, NAT-4 added. */
export const NATIONAL_V2 = [
  NATIONAL_HEADER,
  'NAT-1,QUORVEN,Aldric Tamsin,1971-04-03,KEN,M,K1234567,P,KEN,terrorism,critical,Al QUORVEN;Aldo QUORVENNE',
  'NAT-3,MARDOVA,Tenzil Okaro,1990-12-30,TZA,M,,,,terrorism,critical,',
  'NAT-4,VESTRAHL,Ondine,1979-07-19,RWA,F,R7654321,P,RWA,terrorism,high,',
].join('\n');

/** A signed-in PIU analyst of a State, purpose declared, supervisor or not. */
export async function analystAgent(
  t: TestApp,
  org: string,
  supervisor: boolean,
): Promise<{ agent: Agent; userId: number }> {
  const user = await createUser(t.dataSource, {
    role: 'piu-analyst',
    org,
    withTwoFactor: true,
    piuSupervisor: supervisor,
  });
  const agent = agentFor(t.server);
  await signIn(agent, user);
  const declared = await postForm(agent, '/screening/purpose', '/screening/purpose', {
    purpose: 'screening',
  });
  if (declared.status !== 303) throw new Error(`purpose refused: ${declared.status}`);
  return { agent, userId: user.id };
}

/** Creates a list through the form; returns its id. */
export async function createList(agent: Agent, kind: string, name: string): Promise<number> {
  const response = await postForm(agent, '/screening/purpose', '/screening/lists', { kind, name });
  const match = /^\/screening\/lists\/(\d+)$/.exec(response.headers.location ?? '');
  if (response.status !== 303 || !match) throw new Error(`list not created: ${response.status}`);
  return Number(match[1]);
}

/** Posts files to a list's version form the way a browser does (CSRF field first). */
export async function uploadVersion(
  agent: Agent,
  listId: number,
  files: Record<string, { name: string; content: string | Buffer }>,
  tokenPage = '/screening/purpose',
) {
  const token = await csrfFrom(agent, tokenPage);
  let request = agent.post(`/screening/lists/${listId}/versions`).field('_csrf', token);
  for (const [field, file] of Object.entries(files)) {
    request = request.attach(
      field,
      typeof file.content === 'string' ? Buffer.from(file.content) : file.content,
      file.name,
    );
  }
  return request;
}
