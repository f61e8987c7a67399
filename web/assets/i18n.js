// Interface strings, one table per language, and the formatting of numbers,
// dates and language names for the chosen interface language.
// French is the default; `?ui=en` or the switch picks English, and the choice
// is remembered in localStorage. Strings are only ever set with textContent
// or as attribute values, never as HTML.

export const UI_LANGUAGES = ['fr', 'en'];
const STORAGE_KEY = 'kiosque.ui';

const STRINGS = {
  fr: {
    pageTitle: 'Kiosque — archives de presse',
    skip: 'Aller aux résultats',
    tagline: 'Recherche dans les archives de presse',
    searchLabel: 'Rechercher dans les archives',
    searchPlaceholder: 'ex. négoci* "mer Noire" -Russie person:"Emmanuel Macron"',
    searchButton: 'Rechercher',
    searchOnEnter: 'La recherche part quand vous appuyez sur Entrée.',
    helpSummary: 'Syntaxe de recherche',
    helpWords: 'tous ces mots',
    helpPhrase: 'cette expression exacte',
    helpExclude: 'sans ce mot',
    helpOr: "l'un ou l'autre",
    helpPerson: 'articles sur cette personne (aussi place:, org:)',
    helpDate: 'publiés dans cette période',
    helpPrefix: 'mots commençant ainsi (négociation, négocier…)',
    uiLanguage: "Langue de l'interface",
    facetsTitle: 'Affiner',
    facetsToggle: 'Filtres',
    facetsToggleCount: 'Filtres ({n})',
    facet_person: 'Personnes',
    facet_place: 'Lieux',
    facet_org: 'Organisations',
    facet_lang: 'Langues',
    facet_source: 'Sources',
    facet_year: 'Années',
    facet_month: 'Mois',
    facetMore: 'plus…',
    facetLess: 'moins',
    facetFilter: 'Filtrer : {facet}',
    facetFilterPlaceholder: 'Filtrer…',
    facetNone: 'Aucune valeur',
    facetLoading: 'Chargement…',
    opLegend: 'Plusieurs personnes, lieux ou organisations',
    opAnd: 'tous (ET)',
    opOr: "l'un d'eux (OU)",
    opActiveAnd: 'Actif : ET — les articles ont tous les filtres choisis.',
    opActiveOr: "Actif : OU — les articles ont au moins l'un des filtres choisis.",
    activeFilters: 'Filtres actifs',
    removeFilter: 'Retirer le filtre : {label}',
    clearFilters: 'Tout effacer',
    period: 'Période : {label}',
    since: 'depuis {date}',
    until: "jusqu'à {date}",
    sortLabel: 'Trier par',
    sortRelevance: 'pertinence',
    sortDate: 'date',
    count: { one: '{n} article', other: '{n} articles' },
    countApprox: { one: 'environ {n} article', other: 'environ {n} articles' },
    timing: 'en {ms} ms',
    pageOf: 'page {page} sur {pages}',
    noResults: 'Aucun article ne correspond.',
    noResultsHint: 'Essayez moins de mots ou retirez un filtre.',
    suggestion: 'Vouliez-vous dire : ',
    correctedTo: 'Résultats pour ',
    searchInstead: ' — rechercher plutôt ',
    quoted: '« {w} »',
    optionalWords: { one: 'Peu d’articles contiennent tous les mots : {words} n’est pas requis.', other: 'Peu d’articles contiennent tous les mots : {words} ne sont pas requis.' },
    unknown_person: "Aucune personne « {value} » dans l'index.",
    unknown_place: "Aucun lieu « {value} » dans l'index.",
    unknown_org: "Aucune organisation « {value} » dans l'index.",
    errorTitle: 'La recherche a échoué :',
    errorNetwork: 'Le serveur ne répond pas. Réessayez dans un instant.',
    errorDoc: "Impossible d'ouvrir cet article",
    undated: 'sans date',
    personsOf: 'Personnes citées',
    filterBy: 'Filtrer par {name}',
    duplicates: { one: '{n} autre version', other: '{n} autres versions' },
    source: 'source',
    histogramTitleYear: 'Articles par année',
    histogramTitleMonth: 'Articles par mois',
    histogramHint: 'Cliquez une barre pour choisir la période, ou glissez sur plusieurs barres.',
    histogramBar: '{label} : {count}',
    histogramUndated: '{n} sans date',
    histogramAll: 'Toutes les dates',
    pagination: 'Pagination',
    previous: 'Précédent',
    next: 'Suivant',
    pageN: 'Page {n}',
    closeHint: 'Fermer (Échap)',
    credits: 'Crédits',
    entitiesTitle: 'Entités citées',
    entity_person: 'Personne',
    entity_place: 'Lieu',
    entity_org: 'Organisation',
    entityLink: '{type} : {name} — chercher les articles',
    openOriginal: "Voir l'article d'origine",
    loadingArticle: "Chargement de l'article…",
    resultsRegion: 'Résultats',
  },
  en: {
    pageTitle: 'Kiosque — news archive',
    skip: 'Skip to results',
    tagline: 'Search the news archive',
    searchLabel: 'Search the archive',
    searchPlaceholder: 'e.g. negoti* "Black Sea" -Russia person:"Emmanuel Macron"',
    searchButton: 'Search',
    searchOnEnter: 'The search runs when you press Enter.',
    helpSummary: 'Search syntax',
    helpWords: 'all of these words',
    helpPhrase: 'this exact phrase',
    helpExclude: 'without this word',
    helpOr: 'either one',
    helpPerson: 'articles about this person (also place:, org:)',
    helpDate: 'published in this period',
    helpPrefix: 'words starting so (négociation, négocier…)',
    uiLanguage: 'Interface language',
    facetsTitle: 'Refine',
    facetsToggle: 'Filters',
    facetsToggleCount: 'Filters ({n})',
    facet_person: 'People',
    facet_place: 'Places',
    facet_org: 'Organisations',
    facet_lang: 'Languages',
    facet_source: 'Sources',
    facet_year: 'Years',
    facet_month: 'Months',
    facetMore: 'more…',
    facetLess: 'less',
    facetFilter: 'Filter: {facet}',
    facetFilterPlaceholder: 'Filter…',
    facetNone: 'No values',
    facetLoading: 'Loading…',
    opLegend: 'Several people, places or organisations',
    opAnd: 'all (AND)',
    opOr: 'any (OR)',
    opActiveAnd: 'Active: AND — articles have every chosen filter.',
    opActiveOr: 'Active: OR — articles have at least one chosen filter.',
    activeFilters: 'Active filters',
    removeFilter: 'Remove filter: {label}',
    clearFilters: 'Clear all',
    period: 'Period: {label}',
    since: 'since {date}',
    until: 'until {date}',
    sortLabel: 'Sort by',
    sortRelevance: 'relevance',
    sortDate: 'date',
    count: { one: '{n} article', other: '{n} articles' },
    countApprox: { one: 'about {n} article', other: 'about {n} articles' },
    timing: 'in {ms} ms',
    pageOf: 'page {page} of {pages}',
    noResults: 'No article matches.',
    noResultsHint: 'Try fewer words or remove a filter.',
    suggestion: 'Did you mean: ',
    correctedTo: 'Results for ',
    searchInstead: ' — search instead for ',
    quoted: '“{w}”',
    optionalWords: { one: 'Few articles have every word: {words} is not required.', other: 'Few articles have every word: {words} are not required.' },
    unknown_person: 'No person “{value}” in the index.',
    unknown_place: 'No place “{value}” in the index.',
    unknown_org: 'No organisation “{value}” in the index.',
    errorTitle: 'The search failed:',
    errorNetwork: 'The server does not answer. Try again in a moment.',
    errorDoc: 'This article cannot be opened',
    undated: 'undated',
    personsOf: 'People named',
    filterBy: 'Filter by {name}',
    duplicates: { one: '{n} other version', other: '{n} other versions' },
    source: 'source',
    histogramTitleYear: 'Articles per year',
    histogramTitleMonth: 'Articles per month',
    histogramHint: 'Click a bar to pick its period, or drag across several bars.',
    histogramBar: '{label}: {count}',
    histogramUndated: '{n} undated',
    histogramAll: 'All dates',
    pagination: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    pageN: 'Page {n}',
    closeHint: 'Close (Escape)',
    credits: 'Credits',
    entitiesTitle: 'Named in this article',
    entity_person: 'Person',
    entity_place: 'Place',
    entity_org: 'Organisation',
    entityLink: '{type}: {name} — search articles',
    openOriginal: 'Original article',
    loadingArticle: 'Loading the article…',
    resultsRegion: 'Results',
  },
};

let current = 'fr';

/** Picks the interface language: `?ui=` first, then the remembered choice, else French. */
export function initLanguage(search) {
  const fromUrl = new URLSearchParams(search).get('ui');
  let stored = null;
  try { stored = localStorage.getItem(STORAGE_KEY); } catch { /* storage disabled */ }
  if (UI_LANGUAGES.includes(fromUrl)) setLanguage(fromUrl);
  else current = UI_LANGUAGES.includes(stored) ? stored : 'fr';
  return current;
}

export function setLanguage(lang) {
  current = UI_LANGUAGES.includes(lang) ? lang : 'fr';
  try { localStorage.setItem(STORAGE_KEY, current); } catch { /* storage disabled */ }
  document.documentElement.lang = current;
}

export function language() { return current; }

/** The string `key`, with `{name}` placeholders filled; `vars.n` picks a plural form. */
export function t(key, vars = {}) {
  let s = STRINGS[current][key] ?? STRINGS.fr[key] ?? key;
  if (typeof s === 'object') {
    const form = new Intl.PluralRules(current).select(Number(vars.n ?? 0));
    s = s[form] ?? s.other;
  }
  return s.replace(/\{(\w+)\}/g, (m, name) => {
    const v = vars[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? formatNumber(v) : String(v);
  });
}

export function formatNumber(n) {
  return new Intl.NumberFormat(current).format(n);
}

/** "2023-09-14" → "14 septembre 2023"; "2023-09" → "septembre 2023"; "2023" stays; null → "sans date". */
export function formatDate(date, style = 'long') {
  if (!date) return t('undated');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const when = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  const opts = d ? { year: 'numeric', month: style, day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: style, timeZone: 'UTC' };
  return new Intl.DateTimeFormat(current, opts).format(when);
}

/** Short month name alone ("sept."), for histogram labels. */
export function formatMonthShort(month) {
  const when = new Date(Date.UTC(2000, Number(month) - 1, 1));
  return new Intl.DateTimeFormat(current, { month: 'short', timeZone: 'UTC' }).format(when);
}

/** "fr" → "français" in French, "French" in English. */
export function languageName(code) {
  if (!code) return '';
  try {
    const name = new Intl.DisplayNames([current], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(current) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** Fills every element marked data-i18n (text) or data-i18n-ATTR (attribute) under root. */
export function translateStatic(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const attr of ['placeholder', 'aria-label', 'title']) {
    const key = 'i18n' + attr.replace(/(^|-)(\w)/g, (m, d, c) => c.toUpperCase());
    for (const el of root.querySelectorAll(`[data-i18n-${attr}]`)) el.setAttribute(attr, t(el.dataset[key]));
  }
  document.title = t('pageTitle');
}
