import { FormError } from '../../common/forms/form-error';
import { validFields } from '../upload/form-fields';
import { parseTags, ResourceFormDto } from './resource-form.dto';

const valid = {
  kind: 'file',
  title: ' Guide ',
  pillars: 'piu',
  language: 'other',
  otherLanguage: 'SW',
  documentDate: '2026-02-28',
  visibility: 'state:12',
  tags: 'PNR;  data   protection, pnr',
};

async function errorsOf(fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  try {
    await validFields(ResourceFormDto, fields);
    return {};
  } catch (error) {
    return (error as FormError).fieldErrors;
  }
}

describe('ResourceFormDto', () => {
  it('reads a good form: trimmed title, one pillar as a list, tags folded', async () => {
    const form = await validFields(ResourceFormDto, valid);
    expect(form.title).toBe('Guide');
    expect(form.pillars).toEqual(['piu']);
    expect(parseTags(form.tags!)).toEqual(['pnr', 'data protection']);
  });

  it('says what is wrong with each field at once', async () => {
    expect(
      await errorsOf({
        ...valid,
        title: '',
        pillars: undefined,
        otherLanguage: 'zz',
        documentDate: '2026-02-30',
        visibility: 'public',
        tags: 'x'.repeat(41),
      }),
    ).toEqual({
      title: ['library.form.titleRequired'],
      pillars: ['library.form.pillarRequired'],
      otherLanguage: ['library.form.languageInvalid'],
      documentDate: ['library.form.dateInvalid'],
      visibility: ['library.form.visibilityRequired'],
      tags: ['library.form.tagTooLong'],
    });
    expect(await errorsOf({ ...valid, kind: 'link', url: 'javascript:alert(1)' })).toEqual({
      url: ['library.form.urlInvalid'],
    });
  });
});
