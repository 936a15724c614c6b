import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorFor, type Actor } from '../common/actor/actor';
import { TextExtractionService } from '../library/extraction/text-extraction.service';
import { docxOf, pdfOf } from '../library/files/zip-writer';
import { LibraryImport } from '../library/library-import';
import { LibraryResource } from '../library/library-resource.entity';
import { IwgRegion } from '../organisations/iwg-region.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_REGION } from './demo-data';

type File = { name: string; content: Buffer } | null;

interface DemoResource {
  author: string;
  title: string;
  fields: Record<string, string | string[]>;
  file: File;
  /** The title of the resource this one translates. */
  translationOf?: string;
  /** A later file replacing the first (a newer version than the translations). */
  newVersion?: { note: string; file: { name: string; content: Buffer } };
}

const csv = (rows: string[][]) => Buffer.from(rows.map((row) => row.join(',')).join('\n') + '\n');

/**
 * The library's demo: a dozen resources in several languages and visibilities, files generated
 * here (PDF, Word, CSV, text), a document family whose French translation is older than the
 * English version 2, and an expert's proposal waiting in the review queue. Added through the
 * library's own service, so rights, audit and events are as in use. Resources already there (by
 * title) are left alone. Returns how many were added.
 */
export async function seedLibraryDemo(app: INestApplicationContext): Promise<number> {
  const dataSource = app.get(DataSource);
  const region = await dataSource
    .getRepository(IwgRegion)
    .findOneByOrFail({ code: DEMO_REGION.code });
  const state = async (code: string) =>
    (await dataSource.getRepository(Organisation).findOneByOrFail({ code })).id;
  const kenya = await state('KEN');
  const uganda = await state('UGA');
  const demo: DemoResource[] = [
    {
      author: 'staff@demo.example.org',
      title: 'Model Terms of Reference for a Passenger Information Unit',
      fields: {
        pillars: ['piu', 'legislative'],
        tags: 'ToR, PIU governance',
        language: 'en',
        documentDate: '2026-03-15',
        visibility: 'programme',
        summary:
          'Generic Terms of Reference a State adapts when it sets up its PIU: mandate, staffing, oversight, data protection.',
      },
      file: {
        name: 'PIU Terms of Reference.pdf',
        content: pdfOf([
          'Model Terms of Reference',
          'Passenger Information Unit',
          'Mandate, staffing and oversight',
        ]),
      },
      newVersion: {
        note: 'Oversight section rewritten after the Nairobi workshop',
        file: {
          name: 'PIU Terms of Reference v2.pdf',
          content: pdfOf([
            'Model Terms of Reference (version 2)',
            'Passenger Information Unit',
            'Independent oversight and audit',
          ]),
        },
      },
    },
    {
      author: 'staff@demo.example.org',
      title: "Mandat type d'une Unité d'information passagers",
      translationOf: 'Model Terms of Reference for a Passenger Information Unit',
      fields: {
        pillars: ['piu', 'legislative'],
        tags: 'ToR, PIU governance',
        language: 'fr',
        documentDate: '2026-03-20',
        visibility: 'programme',
        summary: "Version française du mandat type d'une UIP.",
      },
      file: {
        name: 'Mandat UIP.pdf',
        content: pdfOf([
          "Mandat type d'une Unite d'information passagers",
          'Mission, effectifs et controle',
        ]),
      },
    },
    {
      author: 'staff@demo.example.org',
      title: 'اختصاصات نموذجية لوحدة معلومات الركاب',
      translationOf: 'Model Terms of Reference for a Passenger Information Unit',
      fields: {
        pillars: ['piu'],
        tags: 'ToR',
        language: 'ar',
        documentDate: '2026-04-02',
        visibility: 'programme',
        summary: 'النسخة العربية من الاختصاصات النموذجية.',
      },
      file: {
        name: 'اختصاصات.txt',
        content: Buffer.from('اختصاصات نموذجية لوحدة معلومات الركاب\nالولاية والموظفون والرقابة\n'),
      },
    },
    {
      author: 'staff@demo.example.org',
      title: 'API/PNR legislation: annotated checklist',
      fields: {
        pillars: ['legislative'],
        tags: 'legislation, data protection, UNSCR 2396',
        language: 'en',
        documentDate: '2025-11-10',
        visibility: 'programme',
        summary:
          'What a law on passenger data must say, clause by clause, with the Security Council resolutions behind each.',
      },
      file: {
        name: 'Legislation checklist.docx',
        content: docxOf([
          'API/PNR legislation checklist',
          'Purpose limitation and retention periods',
          'Independent supervisory authority',
        ]),
      },
    },
    {
      author: 'staff@demo.example.org',
      title: 'Carrier onboarding tracker template',
      fields: {
        pillars: ['carrier-engagement'],
        tags: 'carriers, connectivity',
        language: 'en',
        documentDate: '2026-01-12',
        visibility: 'programme',
        summary: 'A sheet to follow each air carrier from first contact to live PNR push.',
      },
      file: {
        name: 'carrier-onboarding.csv',
        content: csv([
          ['carrier', 'iata', 'contact', 'api_status', 'pnr_status'],
          ['Kenya Airways', 'KQ', 'yes', 'live', 'testing'],
          ['Ethiopian Airlines', 'ET', 'yes', 'testing', 'not started'],
        ]),
      },
    },
    {
      author: 'staff@demo.example.org',
      title: 'ICAO Annex 9 (Facilitation), chapter 9: passenger data exchange',
      fields: {
        kind: 'link',
        url: 'https://www.icao.int/Security/FAL/ANNEX9/Pages/default.aspx',
        pillars: ['legislative', 'carrier-engagement'],
        tags: 'ICAO, standards',
        language: 'en',
        visibility: 'programme',
        summary: 'The international standards and recommended practices on API and PNR.',
      },
      file: null,
    },
    {
      author: 'staff@demo.example.org',
      title: 'Programme risk register (staff)',
      fields: {
        pillars: ['technology'],
        tags: 'risks',
        language: 'en',
        documentDate: '2026-10-01',
        visibility: 'staff',
        summary: 'Risks to deployments and their owners.',
      },
      file: {
        name: 'risk-register.csv',
        content: csv([
          ['risk', 'owner', 'level'],
          ['Vendor delay', 'Technology lead', 'medium'],
          ['Legal basis pending', 'Legal adviser', 'high'],
        ]),
      },
    },
    {
      author: 'focal.kenya@demo.example.org',
      title: 'Kenya PIU standard operating procedures (draft 0.3)',
      fields: {
        pillars: ['piu'],
        tags: 'SOP, Kenya',
        language: 'en',
        documentDate: '2026-09-18',
        visibility: `state:${kenya}`,
        summary: 'Draft SOPs of the Kenyan PIU, for comments by the national team.',
      },
      file: {
        name: 'KEN PIU SOP draft 0.3.docx',
        content: docxOf([
          'Kenya PIU standard operating procedures',
          'Draft 0.3',
          'Handling of hits and referral to law enforcement',
        ]),
      },
    },
    {
      author: 'focal.kenya@demo.example.org',
      title: 'Maritime passenger and crew data: scoping note for the region',
      fields: {
        pillars: ['maritime'],
        tags: 'maritime, ports',
        language: 'en',
        documentDate: '2026-06-30',
        visibility: `region:${region.id}`,
        summary:
          'What ferries and cruise lines in the region could send, and who would receive it.',
      },
      file: {
        name: 'maritime-scoping.txt',
        content: Buffer.from(
          'Maritime scoping note\nPorts: Mombasa, Dar es Salaam\nVessel passenger and crew lists\n',
        ),
      },
    },
    {
      author: 'official.uganda@demo.example.org',
      title: 'Uganda targeting rules workshop notes',
      fields: {
        pillars: ['technology', 'piu'],
        tags: 'targeting, workshop',
        language: 'en',
        documentDate: '2026-08-05',
        visibility: `state:${uganda}`,
        summary: 'Notes from the national targeting rules workshop in Entebbe.',
      },
      file: {
        name: 'targeting-workshop.txt',
        content: Buffer.from('Targeting rules workshop, Entebbe\nRule review cadence: monthly\n'),
      },
    },
    {
      author: 'official.uganda@demo.example.org',
      title: 'Guía de bolsillo sobre datos API y PNR',
      fields: {
        pillars: ['piu'],
        tags: 'guía',
        language: 'es',
        documentDate: '2026-02-14',
        visibility: `region:${region.id}`,
        summary: 'Resumen de una página para funcionarios de fronteras.',
      },
      file: { name: 'guia-api-pnr.pdf', content: pdfOf(['Guia de bolsillo API y PNR']) },
    },
    {
      author: 'expert@demo.example.org',
      title: 'Watchlist data quality: practical guidance',
      fields: {
        pillars: ['technology'],
        tags: 'watchlists, data quality',
        language: 'en',
        documentDate: '2026-11-20',
        visibility: 'programme',
        summary:
          'Proposed by the Pool of Experts: how to keep national lists matchable (transliteration, dates of birth, document numbers).',
      },
      file: {
        name: 'watchlist-quality.docx',
        content: docxOf([
          'Watchlist data quality',
          'Transliteration of names',
          'Partial dates of birth',
        ]),
      },
    },
    {
      author: 'partner@demo.example.org',
      title: 'CTED technical guide on resolution 2396 (link)',
      fields: {
        kind: 'link',
        url: 'https://www.un.org/securitycouncil/ctc/',
        pillars: ['legislative'],
        tags: 'CTED, UNSCR 2396',
        language: 'en',
        visibility: 'programme',
        summary: 'Proposed by a partner agency.',
      },
      file: null,
    },
  ];

  const library = app.get(LibraryImport);
  const extraction = app.get(TextExtractionService);
  const resources = dataSource.getRepository(LibraryResource);
  const actors = new Map<string, Actor>();
  const actorOf = async (email: string): Promise<Actor> => {
    let actor = actors.get(email);
    if (!actor) {
      const row = await dataSource.getRepository(User).findOneByOrFail({ email });
      actor = actorFor((await app.get(UsersService).findAuthenticated(row.id))!);
      actors.set(email, actor);
    }
    return actor;
  };
  let added = 0;
  for (const item of demo) {
    if (await resources.existsBy({ title: item.title })) continue;
    const actor = await actorOf(item.author);
    const translated = item.translationOf
      ? await resources.findOneByOrFail({ title: item.translationOf })
      : null;
    const { id } = await library.add(
      actor,
      {
        kind: 'file',
        ...item.fields,
        title: item.title,
        ...(translated ? { translationOf: String(translated.id) } : {}),
      },
      item.file,
    );
    added += 1;
    await extraction.extract(id);
  }
  // The newer English version comes after the translations, so they show as older.
  for (const item of demo.filter((entry) => entry.newVersion)) {
    const resource = await resources.findOneByOrFail({ title: item.title });
    const versions = await dataSource.query<{ count: number | string }[]>(
      'SELECT COUNT(*) AS count FROM library_version WHERE resource_id = ?',
      [resource.id],
    );
    if (Number(versions[0]?.count) > 1) continue;
    const { file, note } = item.newVersion!;
    await library.addVersion(await actorOf(item.author), resource.id, file, note);
    await extraction.extract(resource.id);
  }
  return added;
}
