// Interface strings, one table per language, and the formatting of numbers,
// dates and language names for the chosen interface language.
// Facets are named by the server (GET /api/facets); here are only their
// labels, facet_NAME. French is the default; `?ui=en` or the switch picks English, and the choice
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
    facet_mentioned: 'Dates citées',
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
    belowFloor: { one: '{n} article peu pertinent écarté du tri par date', other: '{n} articles peu pertinents écartés du tri par date' },
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
    ambiguous_person: '« {value} » désigne plusieurs personnes dans l’index, par exemple :',
    errorTitle: 'La recherche a échoué :',
    errorNetwork: 'Le serveur ne répond pas. Réessayez dans un instant.',
    errorDoc: "Impossible d'ouvrir cet article",
    undated: 'sans date',
    personsOf: 'Personnes citées',
    filterBy: 'Filtrer par {name}',
    duplicates: { one: '{n} autre version', other: '{n} autres versions' },
    histogramTitleYear: 'Articles par année',
    histogramTitleMentioned: 'Années citées dans les articles',
    histogramPublished: 'dates de publication',
    histogramMentioned: 'dates citées',
    histogramMentionedBar: '{label} : {count} qui la citent',
    histogramMentionedSpan: '{label} : {n} citations d’années',
    histogramMentionedHint: 'Cliquez une barre pour garder les articles qui citent cette période.',
    histogramMentionedNone: 'Ces articles ne citent aucune date.',
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
    datesTitle: 'Dates citées',
    dateLink: 'Date citée : {value} — chercher les articles qui la citent',
    entity_person: 'Personne',
    entity_place: 'Lieu',
    entity_org: 'Organisation',
    entityLink: '{type} : {name} — chercher les articles',
    openOriginal: "Voir l'article d'origine",
    loadingArticle: "Chargement de l'article…",
    resultsRegion: 'Résultats',
    newestFirst: "les plus récents d'abord (aucun mot cherché)",
    commonWordsNewest: "les plus récents d'abord (mots trop courants pour classer par pertinence)",
    original: "article d'origine",
    sizeLabel: 'Par page',
    pageLimit: 'Seuls les {n} premiers résultats se parcourent page par page : affinez la recherche (mots, filtres, dates) pour atteindre les autres.',
    searchThis: 'Chercher « {name} »',
    addFilter: 'Ajouter aux filtres',
    resultsNav: 'Résultats de la liste',
    previousResult: '← Résultat précédent',
    nextResult: 'Résultat suivant →',
    matchesNav: 'Mots cherchés dans l\'article',
    previousMatch: '↑ Occurrence précédente',
    nextMatch: '↓ Occurrence suivante',
    matchCount: { one: '{n} occurrence', other: '{n} occurrences' },
    matchOf: '{i} sur {n}',
    permalink: 'Lien permanent',
    cite: 'Citer',
    citeCopied: 'Référence copiée dans le presse-papiers.',
    citeFailed: 'Copie impossible ; la référence : {text}',
    exportLabel: 'Exporter',
    exportCsv: 'CSV',
    exportJsonl: 'JSON Lines',
    exportHint: 'tous les articles trouvés, pas seulement cette page',
    feed: 'Flux Atom de cette recherche',
    similarTitle: 'Articles proches',
    similarNone: 'Aucun article proche.',
    // API errors, by reason (params in braces), then by code when the reason has no string here.
    err_unbalanced_quote: 'Guillemet ouvert au caractère {position} et jamais fermé : fermez l\'expression par {value}.',
    err_unclosed_group: 'Parenthèse ouverte au caractère {position} et jamais fermée : ajoutez la « ) ».',
    err_unexpected_close: 'Parenthèse fermante en trop au caractère {position} : retirez-la ou ajoutez la « ( ».',
    err_empty_group: 'Parenthèses vides au caractère {position} : mettez-y des mots ou retirez-les.',
    err_nested_too_deep: 'Trop de parenthèses imbriquées (caractère {position}).',
    err_or_without_left: 'OR sans rien avant lui (caractère {position}) : mettez un mot de chaque côté.',
    err_or_without_right: 'OR sans rien après lui (caractère {position}) : mettez un mot de chaque côté.',
    err_unknown_field: 'Champ inconnu « {value}: » au caractère {position} : utilisez person:, place:, org:, lang:, source: ou date:, ou mettez une espace après les deux-points.',
    err_empty_field: 'Le champ « {value}: » n\'a pas de valeur (caractère {position}) : écrivez {value}:valeur, sans espace.',
    err_field_group: 'Le champ « {value}: » prend une valeur, pas un groupe (caractère {position}).',
    err_star_without_word: '« * » sans mot au caractère {position} : écrivez le début d\'un mot avant, ex. négoci*.',
    err_prefix_too_short: 'Préfixe « {value}* » trop court (caractère {position}) : donnez plus de lettres avant « * ».',
    err_bad_language: 'Langue « {value} » inconnue (caractère {position}) : utilisez un code comme lang:fr.',
    err_bad_date: 'Date « {value} » illisible : écrivez AAAA, AAAA-MM ou AAAA-MM-JJ.',
    err_empty_date_range: 'Période sans dates (caractère {position}) : écrivez date:2023-01..2023-06.',
    err_reversed_dates: 'Période vide : la première date est après la seconde ; mettez la plus ancienne en premier.',
    err_only_exclusions: 'Rien à chercher (caractère {position}) : une exclusion (-mot) a besoin d\'un mot, d\'une expression ou d\'un champ.',
    err_no_words: 'Rien à chercher : donnez un mot, une « expression » ou un champ comme person:Nom.',
    err_query_too_long: 'La requête est trop longue : raccourcissez-la.',
    err_query_too_large: 'La requête cherche trop de termes : moins de mots ou de préfixes*.',
    err_too_long: 'Le paramètre « {parameter} » est trop long (au plus {max} octets).',
    err_too_many_filters: 'Trop de filtres ({count}) : au plus {max} ensemble.',
    err_page_too_deep: 'La page {page} est au-delà de la dernière page consultable ({max_page}) : affinez la recherche.',
    err_bad_number: '« {parameter} » doit être un nombre entier de {min} à {max}.',
    err_bad_choice: 'Valeur « {value} » refusée pour « {parameter} ».',
    err_bad_query: 'La requête ne peut pas être cherchée.',
    err_bad_parameter: "Un paramètre de l'adresse est incorrect.",
    err_limit_exceeded: 'La requête dépasse une limite du serveur.',
    err_not_found: 'Introuvable.',
    err_index_unavailable: "L'index ne peut pas être lu pour le moment.",
    err_unauthorized: 'Ce serveur demande un jeton.',
    err_internal_error: 'Erreur interne du serveur.',
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
    facet_mentioned: 'Years mentioned',
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
    belowFloor: { one: '{n} weak match left out of the date order', other: '{n} weak matches left out of the date order' },
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
    ambiguous_person: '“{value}” names several persons in the index, for instance:',
    errorTitle: 'The search failed:',
    errorNetwork: 'The server does not answer. Try again in a moment.',
    errorDoc: 'This article cannot be opened',
    undated: 'undated',
    personsOf: 'People named',
    filterBy: 'Filter by {name}',
    duplicates: { one: '{n} other version', other: '{n} other versions' },
    histogramTitleYear: 'Articles per year',
    histogramTitleMentioned: 'Years the articles mention',
    histogramPublished: 'publication dates',
    histogramMentioned: 'dates mentioned',
    histogramMentionedBar: '{label}: {count} mentioning it',
    histogramMentionedSpan: '{label}: {n} mentions of its years',
    histogramMentionedHint: 'Click a bar to keep the articles that mention that period.',
    histogramMentionedNone: 'These articles mention no date.',
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
    datesTitle: 'Dates mentioned',
    dateLink: 'Date mentioned: {value} — search the articles that mention it',
    entity_person: 'Person',
    entity_place: 'Place',
    entity_org: 'Organisation',
    entityLink: '{type}: {name} — search articles',
    openOriginal: 'Original article',
    loadingArticle: 'Loading the article…',
    resultsRegion: 'Results',
    newestFirst: 'newest first (no words searched)',
    commonWordsNewest: 'newest first (words too common to rank by relevance)',
    original: 'original article',
    sizeLabel: 'Per page',
    pageLimit: 'Only the first {n} results can be paged through: narrow the search (words, filters, dates) to reach the others.',
    searchThis: 'Search “{name}”',
    addFilter: 'Add to filters',
    resultsNav: 'Results of the list',
    previousResult: '← Previous result',
    nextResult: 'Next result →',
    matchesNav: 'Searched words in the article',
    previousMatch: '↑ Previous match',
    nextMatch: '↓ Next match',
    matchCount: { one: '{n} match', other: '{n} matches' },
    matchOf: '{i} of {n}',
    permalink: 'Permalink',
    cite: 'Cite',
    citeCopied: 'Reference copied to the clipboard.',
    citeFailed: 'Cannot copy; the reference: {text}',
    exportLabel: 'Export',
    exportCsv: 'CSV',
    exportJsonl: 'JSON Lines',
    exportHint: 'every article found, not just this page',
    feed: 'Atom feed of this search',
    similarTitle: 'Related articles',
    similarNone: 'No related article.',
    err_unbalanced_quote: 'Quote opened at character {position} and never closed: close the phrase with {value}.',
    err_unclosed_group: "Parenthesis opened at character {position} and never closed: add the ')'.",
    err_unexpected_close: "Extra closing parenthesis at character {position}: remove it or add the '('.",
    err_empty_group: 'Empty parentheses at character {position}: put words inside or remove them.',
    err_nested_too_deep: 'Parentheses nested too deep (character {position}).',
    err_or_without_left: 'OR has nothing before it (character {position}): put a word on each side.',
    err_or_without_right: 'OR has nothing after it (character {position}): put a word on each side.',
    err_unknown_field: 'Unknown field “{value}:” at character {position}: use person:, place:, org:, lang:, source: or date:, or put a space after the colon.',
    err_empty_field: 'The field “{value}:” has no value (character {position}): write {value}:value, with no space.',
    err_field_group: 'The field “{value}:” takes one value, not a group (character {position}).',
    err_star_without_word: "'*' without a word at character {position}: write the start of a word before it, e.g. negoti*.",
    err_prefix_too_short: "Prefix “{value}*” is too short (character {position}): give more letters before the '*'.",
    err_bad_language: 'Unknown language “{value}” (character {position}): use a code such as lang:en.',
    err_bad_date: 'Unreadable date “{value}”: write YYYY, YYYY-MM or YYYY-MM-DD.',
    err_empty_date_range: 'Date range without dates (character {position}): write date:2023-01..2023-06.',
    err_reversed_dates: 'Empty date range: the first date is after the second; put the earlier first.',
    err_only_exclusions: 'Nothing to search for (character {position}): an exclusion (-word) needs a word, a phrase or a field.',
    err_no_words: 'Nothing to search for: give a word, a “phrase” or a field such as person:Name.',
    err_query_too_long: 'The query is too long: shorten it.',
    err_query_too_large: 'The query searches too many terms: use fewer words or prefixes*.',
    err_too_long: 'The parameter “{parameter}” is too long (at most {max} bytes).',
    err_too_many_filters: 'Too many filters ({count}): at most {max} together.',
    err_page_too_deep: 'Page {page} is past the last page that can be browsed ({max_page}): narrow the search.',
    err_bad_number: '“{parameter}” must be a whole number from {min} to {max}.',
    err_bad_choice: 'Value “{value}” refused for “{parameter}”.',
    err_bad_query: 'The query cannot be searched.',
    err_bad_parameter: 'A parameter of the address is wrong.',
    err_limit_exceeded: 'The request is over a limit of the server.',
    err_not_found: 'Not found.',
    err_index_unavailable: 'The index cannot be read at the moment.',
    err_unauthorized: 'This server needs a token.',
    err_internal_error: 'Internal server error.',
  },
};

let current = 'fr';

/** Adds a page's own strings ({fr: {...}, en: {...}}) to the tables. */
export function addStrings(tables) {
  for (const lang of UI_LANGUAGES) Object.assign(STRINGS[lang], tables[lang] || {});
}

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

/** A facet's heading: its label here, else its name (a facet the server added after this page). */
export function facetLabel(name) {
  const key = `facet_${name}`;
  return STRINGS[current][key] ?? STRINGS.fr[key] ?? name;
}

/** An API error (api.js ApiError) in the interface language: by its reason, else its code, else the server's English. */
export function errorText(e) {
  for (const key of [`err_${e.reason}`, `err_${e.code}`]) {
    if (STRINGS[current][key]) return t(key, Object.fromEntries(Object.entries(e.params || {}).map(([k, v]) => [k, String(v)])));
  }
  return e.message;
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
