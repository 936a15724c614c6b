import { PageException } from '../common/errors/page-exception';

export type LinkKind = 'invitation' | 'reset' | 'setup';

/**
 * The one answer for a one-time link that does not work (unknown, used, expired, revoked):
 * 404 with a page that says so and what to do, and nothing about which of these it was.
 */
export function invalidLink(kind: LinkKind): PageException {
  return new PageException(404, 'invitations/link-invalid', {
    pageTitle: { key: 'links.invalidTitle' },
    message: `links.invalid.${kind}`,
    requestNew: kind === 'reset',
  });
}
