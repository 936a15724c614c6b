import { diffLines } from './line-diff';
import { diffSections } from './section-diff';
import type { TemplateContent } from './template-content';

const section = (key: string, title: string, body: string) => ({
  key,
  title,
  condition: null,
  body,
});

describe('template diffs', () => {
  it('diffs lines: kept, removed and added in reading order', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('pairs sections by key: changed, added and removed, unchanged ones left out', () => {
    const before: TemplateContent = {
      variables: [],
      sections: [
        section('s1', 'Purpose', 'same'),
        section('s2', 'Roles', 'old line'),
        section('s3', 'Gone', 'x'),
      ],
    };
    const after: TemplateContent = {
      variables: [],
      sections: [
        section('s1', 'Purpose', 'same'),
        section('s2', 'Roles', 'new line'),
        section('s4', 'New', 'y'),
      ],
    };
    const changes = diffSections(before, after);
    expect(changes.map((change) => [change.key, change.change])).toEqual([
      ['s2', 'changed'],
      ['s4', 'added'],
      ['s3', 'removed'],
    ]);
    expect(changes[0].lines).toContainEqual({ kind: 'removed', text: 'old line' });
    expect(changes[0].lines).toContainEqual({ kind: 'added', text: 'new line' });
  });
});
