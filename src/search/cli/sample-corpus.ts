import type { VisibilityScope } from '../../common/visibility/visibility-level';
import { seededRandom as seeded } from '../../screening/edifact/message-mutator';
import type { SearchDocument } from '../search-document';
import type { SearchKind } from '../search-kind';

/**
 * A deterministic, generated multilingual corpus for the search index (no real data): the
 * same documents on every run (a fixed-seed generator), in English, French, Spanish, Russian,
 * Arabic and Chinese, spread over visibilities, pillars, IWGs and dates. Used by the engine
 * comparison and the bench.
 *
 * Words follow Zipf's law over a vocabulary of VOCABULARY words per language, as in real text:
 * generated filler words take most ranks, and the programme's words below sit at ranks from
 * FIRST_RANK on (one in a few hundred words: a term a search is for), except the first of each
 * list, which is as common as the commonest words (`programme` in most English texts: the worst
 * case for a search, reported on its own).
 */
const WORDS: Record<string, string[]> = {
  en: 'programme passenger data law carrier engagement unit analyst targeting watchlist training border travel document privacy protection aviation security cooperation assessment roadmap maritime crew vessel'.split(
    ' ',
  ),
  fr: 'programme données passagers législation transporteur unité analyste frontière voyage sécurité coopération évaluation feuille route maritime équipage navire protection éducation'.split(
    ' ',
  ),
  es: 'programa datos pasajeros legislación transportista unidad analista frontera viaje seguridad cooperación evaluación hoja ruta marítimo tripulación buque protección'.split(
    ' ',
  ),
  ru: 'программа данные пассажиров законодательство перевозчик подразделение аналитик граница поездка безопасность сотрудничество оценка морской экипаж судно защита'.split(
    ' ',
  ),
  ar: 'برنامج بيانات المسافرين قانون الناقل وحدة المحلل الحدود السفر الأمن التعاون تقييم البحرية الطاقم السفينة حماية المدرسة'.split(
    ' ',
  ),
  zh: '的 旅客 数据 法律 承运人 单位 分析员 边境 旅行 安全 合作 评估 路线图 海事 船员 船舶 保护 恐怖主义'.split(
    ' ',
  ),
};
const LANGUAGES = Object.keys(WORDS);
const VOCABULARY = 3000;
const FIRST_RANK = 40;
const ALPHABETS: Record<string, string> = {
  en: 'abcdefghijklmnoprstuvw',
  fr: 'abcdefghijlmnoprstuvéèà',
  es: 'abcdefghijlmnoprstuvñáó',
  ru: 'абвгдежзиклмнопрстуфхцчшыэюя',
  ar: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  zh: '',
};

/** The vocabulary of a language by rank: filler words and the programme's words among them. */
function vocabulary(language: string, random: () => number): string[] {
  const words: string[] = [];
  const seen = new Set(WORDS[language]);
  while (words.length < VOCABULARY) {
    let word = '';
    if (language === 'zh') {
      const length = 1 + Math.floor(random() * 2);
      for (let n = 0; n < length; n += 1)
        word += String.fromCodePoint(0x4e00 + Math.floor(random() * 0x5000));
    } else {
      const letters = ALPHABETS[language];
      const length = 3 + Math.floor(random() * 6);
      for (let n = 0; n < length; n += 1) word += letters[Math.floor(random() * letters.length)];
    }
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const [common, ...terms] = WORDS[language];
  words.splice(2, 0, common);
  terms.forEach((term, index) => words.splice(FIRST_RANK + index * 7, 0, term));
  return words.slice(0, VOCABULARY);
}

/** Cumulative Zipf weights (1/rank) over the vocabulary. */
const ZIPF = (() => {
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= VOCABULARY; rank += 1) cumulative.push((sum += 1 / rank));
  return cumulative.map((value) => value / sum);
})();

function zipfIndex(random: () => number): number {
  const target = random();
  let low = 0;
  let high = ZIPF.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ZIPF[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
const PILLARS = ['legislative', 'piu', 'carrier-engagement', 'technology', 'maritime'];

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
  const vocabularies = new Map(
    LANGUAGES.map((language, index) => [language, vocabulary(language, seeded(1000 + index))]),
  );
  const text = (language: string, words: number) => {
    const ranked = vocabularies.get(language)!;
    const parts: string[] = [];
    for (let n = 0; n < words; n += 1) parts.push(ranked[zipfIndex(random)]);
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
  'programme',
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
