import type { VisibilityScope } from '../../common/visibility/visibility-level';
import type { SearchDocument } from '../search-document';
import type { SearchKind } from '../search-kind';

/**
 * A deterministic, generated multilingual corpus for the search index (no real data): the same documents on every run
 * (a fixed-seed generator), in English, French, Spanish, Russian, Arabic and Chinese, spread
 * over visibilities, pillars, IWGs and dates. Used by the engine comparison and the bench.
 */
const WORDS: Record<string, string[]> = {
  en: 'passenger data law carrier engagement unit analyst targeting watchlist training border travel document privacy protection aviation security cooperation assessment roadmap maritime crew vessel'.split(
    ' ',
  ),
  fr: 'données passagers législation transporteur unité analyste frontière voyage sécurité coopération évaluation feuille route maritime équipage navire protection éducation'.split(
    ' ',
  ),
  es: 'datos pasajeros legislación transportista unidad analista frontera viaje seguridad cooperación evaluación hoja ruta marítimo tripulación buque protección'.split(
    ' ',
  ),
  ru: 'данные пассажиров законодательство перевозчик подразделение аналитик граница поездка безопасность сотрудничество оценка морской экипаж судно защита'.split(
    ' ',
  ),
  ar: 'بيانات المسافرين قانون الناقل وحدة المحلل الحدود السفر الأمن التعاون تقييم البحرية الطاقم السفينة حماية المدرسة'.split(
    ' ',
  ),
  zh: '旅客数据法律承运人单位分析员边境旅行安全合作评估路线图海事船员船舶保护恐怖主义'.split(''),
};
const LANGUAGES = Object.keys(WORDS);
const PILLARS = ['legislative', 'piu', 'carrier-engagement', 'technology', 'maritime'];

/** Mulberry32: small, fast and the same everywhere. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusOptions {
  kind: SearchKind;
  count: number;
  seed: number;
  /** Ids of the IWG regions and States the visibility columns point at. */
  regionIds: readonly number[];
  stateIds: readonly number[];
  /** Words in a body. */
  bodyWords?: number;
  firstRefId?: number;
}

export function* corpus(options: CorpusOptions): Generator<SearchDocument> {
  const random = seeded(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const text = (language: string, words: number) => {
    const vocabulary = WORDS[language];
    const parts: string[] = [];
    for (let n = 0; n < words; n += 1) parts.push(pick(vocabulary));
    return language === 'zh' ? parts.join('') : parts.join(' ');
  };
  for (let n = 0; n < options.count; n += 1) {
    const language = pick(LANGUAGES);
    const level = random();
    const visibility: VisibilityScope =
      level < 0.5
        ? { level: 'programme', regionId: null, stateId: null }
        : level < 0.7
          ? { level: 'region', regionId: pick(options.regionIds), stateId: null }
          : level < 0.95
            ? { level: 'state', regionId: null, stateId: pick(options.stateIds) }
            : { level: 'staff', regionId: null, stateId: null };
    yield {
      kind: options.kind,
      refId: (options.firstRefId ?? 1) + n,
      title: text(language, 3 + Math.floor(random() * 5)),
      body: text(language, options.bodyWords ?? 40),
      tags: [pick(WORDS.en), pick(WORDS.en)],
      language,
      pillars: [pick(PILLARS)],
      iwgId: 1 + Math.floor(random() * 4),
      url: `/${options.kind}/${(options.firstRefId ?? 1) + n}`,
      // Whole minutes over two years: ties on rank are broken by date, then by entry id.
      date: new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 1_000_000) * 60_000),
      visibility,
    };
  }
}

/** Queries of every sort: one word, two, a phrase, accents, Arabic forms, Chinese, no match. */
export const CORPUS_QUERIES = [
  'passenger',
  'passenger data',
  '"data law"',
  'donnees',
  'DONNÉES passagers',
  'securite',
  'seguridad frontera',
  'данные',
  'ДАННЫЕ пассажиров',
  'بيانات',
  'المدرسه',
  'قانون',
  '旅客',
  '数据',
  '恐怖主义',
  'maritime crew',
  'zebra',
];
