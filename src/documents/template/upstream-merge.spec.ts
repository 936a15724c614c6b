import { diffSections } from './section-diff';
import type { TemplateContent } from './template-content';
import { mergeUpstream } from './upstream-merge';

const section = (key: string, body: string) => ({ key, title: key, condition: null, body });

describe('mergeUpstream', () => {
  it('applies accepted changes only, placing an added section after its neighbour', () => {
    const v1: TemplateContent = {
      variables: [],
      sections: [section('s1', 'a'), section('s2', 'b'), section('s3', 'c')],
    };
    const v2: TemplateContent = {
      variables: [
        {
          name: 'n',
          label: 'N',
          type: 'text',
          help: '',
          required: false,
          defaultValue: 'd',
          choices: [],
        },
      ],
      sections: [section('s1', 'A'), section('s4', 'new'), section('s2', 'B')],
    };
    const mine: TemplateContent = {
      variables: [],
      sections: [section('s1', 'mine'), section('s2', 'b'), section('s3', 'c')],
    };
    const changes = diffSections(v1, v2);
    const merged = mergeUpstream(mine, v2, changes, {
      s1: 'keep',
      s2: 'accept',
      s4: 'accept',
      s3: 'accept',
    });
    expect(merged.sections.map((s) => `${s.key}:${s.body}`)).toEqual(['s1:mine', 's4:new', 's2:B']);
    expect(merged.variables.map((v) => v.name)).toEqual(['n']);
  });
});
