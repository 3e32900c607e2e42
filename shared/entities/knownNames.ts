import type { EntityType } from '../model';

/**
 * Names the tagger must recognise beyond compromise's lexicon: the many ways
 * news copy writes the same country or body, and well-known names compromise
 * does not know. General knowledge of the news, not of any one story.
 */

export interface Canonical {
  label: string;
  type: EntityType;
}

const place = (label: string): Canonical => ({ label, type: 'place' });
const org = (label: string): Canonical => ({ label, type: 'org' });

/** Every spelling, lower-cased and without a trailing full stop, of a name with one canonical form. */
export const ALIASES: Record<string, Canonical> = {
  ...spellings(place('United States'), 'us u.s usa u.s.a america united-states', 'united states', 'united states of america'),
  ...spellings(place('United Kingdom'), 'uk u.k britain', 'great britain', 'united kingdom'),
  ...spellings(place('United Arab Emirates'), 'uae u.a.e', 'united arab emirates'),
  ...spellings(place('Soviet Union'), 'ussr u.s.s.r', 'soviet union'),
  ...spellings(place('Washington'), 'd.c', 'washington d.c'),
  ...spellings(org('European Union'), 'eu e.u', 'european union'),
  ...spellings(org('United Nations'), 'un u.n', 'united nations'),
  ...spellings(org('NATO'), 'nato', 'north atlantic treaty organization', 'north atlantic treaty organisation'),
};

/** AP's abbreviations of US states, read only when written with their full stop ("Calif.", "S.C."). */
export const STATE_ABBREVIATIONS: Record<string, string> = {
  ala: 'Alabama', ariz: 'Arizona', ark: 'Arkansas', calif: 'California', colo: 'Colorado', conn: 'Connecticut',
  del: 'Delaware', fla: 'Florida', ga: 'Georgia', ill: 'Illinois', ind: 'Indiana', kan: 'Kansas', kans: 'Kansas',
  ky: 'Kentucky', la: 'Louisiana', md: 'Maryland', mass: 'Massachusetts', mich: 'Michigan', minn: 'Minnesota',
  miss: 'Mississippi', mo: 'Missouri', mont: 'Montana', neb: 'Nebraska', nev: 'Nevada', 'n.h': 'New Hampshire',
  'n.j': 'New Jersey', 'n.m': 'New Mexico', 'n.y': 'New York', 'n.c': 'North Carolina', 'n.d': 'North Dakota',
  okla: 'Oklahoma', ore: 'Oregon', pa: 'Pennsylvania', 'r.i': 'Rhode Island', 's.c': 'South Carolina',
  's.d': 'South Dakota', tenn: 'Tennessee', tex: 'Texas', vt: 'Vermont', va: 'Virginia', wash: 'Washington',
  'w.va': 'West Virginia', wis: 'Wisconsin', wyo: 'Wyoming',
};

/** Places often in the news that compromise's lexicon lacks (lower case). */
export const KNOWN_PLACES = new Set([
  'west bank', 'gaza', 'gaza strip', 'golan heights', 'east jerusalem', 'middle east', 'latin america',
  'inner mongolia', 'xinjiang', 'tibet', 'donbas', 'donetsk', 'luhansk', 'silicon valley', 'capitol hill',
  'wall street', 'kashmir', 'catalonia', 'crimea', 'sahel', 'balkans', 'caucasus', 'siberia', 'scandinavia',
  'hollywood', 'manhattan', 'brooklyn', 'queens', 'bronx', 'staten island', 'long island', 'bay area',
  'persian gulf', 'south china sea', 'horn of africa', 'sub-saharan africa', 'northern ireland', 'wales',
  'new south wales', 'queensland', 'ontario', 'quebec', 'alberta', 'bavaria', 'lombardy', 'punjab',
  // Countries compromise lacks or reads otherwise ("Philippines" as a demonym, "Jordan" as a first name).
  'philippines', 'jordan', 'chad', 'bosnia', 'congo', 'laos', 'eswatini', 'holland', 'czechoslovakia',
  'yugoslavia', 'west germany', 'east germany',
]);

/** Organisations often named in one word that compromise's lexicon lacks (lower case). */
export const KNOWN_ORGS = new Set([
  'taliban', 'hamas', 'hezbollah', 'isis', 'al-qaeda', 'al-shabab', 'boko haram', 'kremlin', 'pentagon',
  'reuters', 'bloomberg', 'afp', 'agence france-presse', 'xinhua', 'tass', 'interfax', 'politico', 'axios',
  'apple', 'amazon', 'spacex', 'tesla', 'instagram', 'whatsapp', 'tiktok', 'tumblr', 'uber', 'airbnb', 'wework',
  'softbank', 'alibaba', 'tencent', 'huawei', 'samsung', 'sony', 'toyota', 'volkswagen', 'boeing', 'airbus',
  'gop', 'fbi', 'cia', 'nsa', 'irs', 'sec', 'fda', 'cdc', 'epa', 'who', 'imf', 'wto', 'opec', 'fifa', 'uefa',
  'congress', 'parliament', 'senate', 'supreme court', 'state department', 'justice department',
  'scotland yard', 'downing street', 'fed', 'federal reserve', 'ecb', 'bundestag', 'knesset', 'duma',
]);

function spellings(name: Canonical, short: string, ...long: string[]): Record<string, Canonical> {
  return Object.fromEntries([...short.split(' '), ...long].map((spelling) => [spelling, name]));
}
