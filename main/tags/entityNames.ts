/**
 * Word lists the entity tagger needs beyond what compromise knows. They are
 * about the shape of English news prose, not about any one story.
 */

/** Titles printed before a name: "Secretary of State Antony Blinken", "Foreign Minister Sergey Lavrov". */
export const TITLE_WORDS = new Set([
  'secretary', 'minister', 'president', 'prime', 'chancellor', 'senator', 'sen', 'rep', 'representative',
  'governor', 'gov', 'mayor', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'gen',
  'judge', 'justice', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'king', 'queen',
  'prince', 'princess', 'pope', 'dr', 'mr', 'mrs', 'ms', 'sir', 'dame', 'lord', 'lady', 'premier', 'foreign',
  'defence', 'defense', 'deputy', 'vice', 'former', 'interior', 'finance', 'attorney', 'colonel', 'captain',
  'lt', 'sgt', 'officer', 'commissioner', 'inspector', 'detective', 'professor', 'prof', 'coach', 'rev',
  'bishop', 'archbishop', 'cardinal', 'sheikh', 'emir', 'crown', 'speaker', 'leader', 'opposition', 'lawmaker',
]);

/** Last words that make a name an organisation. */
export const ORG_SUFFIXES = new Set([
  'agency', 'association', 'authority', 'bank', 'board', 'bureau', 'center', 'centre', 'club', 'co', 'college',
  'commission', 'committee', 'company', 'congress', 'corp', 'corporation', 'council', 'court', 'department',
  'foundation', 'fund', 'group', 'hospital', 'inc', 'institute', 'journal', 'league', 'ltd', 'ministry',
  'news', 'office', 'organisation', 'organization', 'parliament', 'party', 'police', 'post', 'press', 'school',
  'senate', 'service', 'society', 'times', 'tribune', 'union', 'university', 'network', 'herald', 'guardian',
  'telegraph', 'gazette', 'airlines', 'airways', 'hotel', 'fc', 'plc', 'llc', 'gmbh', 'sa', 'ag',
]);

/** Last words that make a name a place ("King Street", "Red Square"). */
export const PLACE_SUFFIXES = new Set([
  'street', 'st', 'road', 'avenue', 'ave', 'square', 'lane', 'boulevard', 'bridge', 'river', 'park', 'island',
  'islands', 'mountains', 'valley', 'bay', 'sea', 'ocean', 'lake', 'province', 'county', 'district', 'region',
]);

/** Small words that may sit inside an organisation's name ("Bank of England", "Center for Public Relations"). */
export const NAME_JOINERS = new Set(['of', 'for', 'and', '&', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der']);

/** Short forms of places printed in news copy, read as the place they name. */
export const PLACE_ALIASES: Record<string, string> = {
  'us': 'United States', 'u.s': 'United States', 'u.s.': 'United States', 'usa': 'United States',
  'u.s.a.': 'United States', 'america': 'United States', 'uk': 'United Kingdom', 'u.k.': 'United Kingdom',
  'u.k': 'United Kingdom', 'britain': 'United Kingdom', 'great britain': 'United Kingdom', 'uae': 'United Arab Emirates',
  'eu': 'European Union', 'ussr': 'Soviet Union',
};

/** Words that are never an entity on their own, however they are capitalised. */
export const NEVER_ENTITIES = new Set([
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'him', 'her', 'them', 'his', 'hers', 'its', 'our', 'their',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'mr', 'mrs', 'ms', 'dr', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'gmt', 'utc',
  'est', 'edt', 'pst', 'pdt', 'bst', 'cet', 'ist',
]);
