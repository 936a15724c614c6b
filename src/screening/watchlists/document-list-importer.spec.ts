import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadDocumentList } from './document-list-importer';
import { listFixture } from '../../../test/support/list-fixture';

describe('lost/stolen travel document list importer', () => {
  it('imports documents and reports every bad row', () => {
    const path = listFixture('document-list-sample.csv');
    const version = loadDocumentList(path);
    expect(version.kind).toBe('documents');
    expect(version.counts).toEqual({ document: 2, aliases: 0 });
    expect(version.entries).toEqual([
      {
        id: 'documents:SLTD-001',
        list: 'documents',
        sourceId: 'SLTD-001',
        kind: 'document',
        names: [],
        datesOfBirth: [],
        nationalities: [],
        documents: [{ number: 'X1234567', type: 'P', issuingCountry: 'FRA' }],
        programmes: [],
        category: 'lost or stolen',
        listedOn: '2025-11-02',
      },
      {
        id: 'documents:SLTD-002',
        list: 'documents',
        sourceId: 'SLTD-002',
        kind: 'document',
        names: [],
        datesOfBirth: [],
        nationalities: [],
        documents: [{ number: 'AB 12 34 56', type: 'ID', issuingCountry: 'DEU' }],
        programmes: [],
        category: 'lost or stolen',
      },
    ]);
    expect(version.skipped).toEqual([
      { row: 4, reason: 'row 4: document_number is empty' },
      { row: 5, reason: 'row 5: issuing_country is empty' },
      { row: 6, reason: "row 6: issuing_country 'Narnia' is not a country code or name" },
      { row: 7, reason: "row 7: reported_on '01/02/2025' is not a YYYY-MM-DD date" },
      { row: 8, reason: 'row 8: duplicate id SLTD-001 (first on row 2)' },
      { row: 9, reason: "row 9: document_number '---' has no letters or digits" },
      { row: 10, reason: 'row 10: 3 cells, the header has 5' },
    ]);
  });

  it('reads columns in any order with the optional status and severity', () => {
    const version = loadDocumentList(listFixture('document-list-status.csv'));
    expect(
      version.entries.map((e) => [
        e.id,
        e.category,
        e.severity,
        e.listedOn,
        e.documents[0].issuingCountry,
      ]),
    ).toEqual([
      ['documents:S-1', 'stolen', 'critical', '2024-12-31', 'ESP'],
      ['documents:S-2', 'lost or stolen', undefined, '2024-12-30', 'ESP'],
    ]);
    expect(version.skipped).toEqual([
      { row: 4, reason: "row 4: severity 'urgent' is not one of low, medium, high, critical" },
    ]);
  });

  it('needs the id, document_number and issuing_country columns', () => {
    expect(() => loadDocumentList(listFixture('national-list-bad-header.csv'))).toThrow(
      /unknown columns 'surname', 'given_name', 'date_of_birth'/,
    );
  });

  it('reads a header-only file as an empty list and refuses an empty file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'documents-'));
    writeFileSync(join(dir, 'header.csv'), 'id,document_number,issuing_country\n');
    writeFileSync(join(dir, 'empty.csv'), '');
    expect(loadDocumentList(join(dir, 'header.csv')).entries).toEqual([]);
    expect(() => loadDocumentList(join(dir, 'empty.csv'))).toThrow(
      `${join(dir, 'empty.csv')}: empty file, expected a document list header row`,
    );
    rmSync(dir, { recursive: true });
  });
});
