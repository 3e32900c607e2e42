/**
 * The fixed lists the corpus draws from: how Reuters category codes read as
 * tags, the newsroom's sections, sources, bylines and photo agencies.
 */

export interface TopicEntry {
  /** How the topic reads as a tag. */
  label: string;
  /** The nearest IPTC Media Topic (see assets/iptc-media-topics.json). */
  code: string;
  section: string;
}

/** The broad parent, for the Reuters topics the table leaves out: every one of them is economic. */
export const ECONOMY_TOPIC = 'medtop:04000000';

/** The 30 most frequent Reuters-21578 TOPICS, in order, mapped to Media Topics. */
export const TOPICS: Record<string, TopicEntry> = {
  earn: { label: 'earnings', code: 'medtop:20000178', section: 'Business' },
  acq: { label: 'mergers and acquisitions', code: 'medtop:20000204', section: 'Business' },
  'money-fx': { label: 'foreign exchange', code: 'medtop:20000391', section: 'Markets' },
  crude: { label: 'crude oil', code: 'medtop:20001243', section: 'Energy' },
  grain: { label: 'grain', code: 'medtop:20000210', section: 'Commodities' },
  trade: { label: 'trade', code: 'medtop:20000373', section: 'Economy' },
  interest: { label: 'interest rates', code: 'medtop:20000371', section: 'Markets' },
  wheat: { label: 'wheat', code: 'medtop:20000210', section: 'Commodities' },
  ship: { label: 'shipping', code: 'medtop:20000343', section: 'Business' },
  corn: { label: 'corn', code: 'medtop:20000210', section: 'Commodities' },
  dlr: { label: 'dollar', code: 'medtop:20000355', section: 'Markets' },
  oilseed: { label: 'oilseeds', code: 'medtop:20000210', section: 'Commodities' },
  'money-supply': { label: 'money supply', code: 'medtop:20000379', section: 'Economy' },
  sugar: { label: 'sugar', code: 'medtop:20000386', section: 'Commodities' },
  gnp: { label: 'economic growth', code: 'medtop:20000359', section: 'Economy' },
  coffee: { label: 'coffee', code: 'medtop:20000386', section: 'Commodities' },
  'veg-oil': { label: 'vegetable oils', code: 'medtop:20000386', section: 'Commodities' },
  gold: { label: 'gold', code: 'medtop:20000388', section: 'Markets' },
  'nat-gas': { label: 'natural gas', code: 'medtop:20000263', section: 'Energy' },
  soybean: { label: 'soybeans', code: 'medtop:20000210', section: 'Commodities' },
  bop: { label: 'balance of payments', code: 'medtop:20000375', section: 'Economy' },
  livestock: { label: 'livestock', code: 'medtop:20000210', section: 'Commodities' },
  cpi: { label: 'inflation', code: 'medtop:20000370', section: 'Economy' },
  reserves: { label: 'currency reserves', code: 'medtop:20000350', section: 'Economy' },
  copper: { label: 'copper', code: 'medtop:20000388', section: 'Commodities' },
  jobs: { label: 'jobs', code: 'medtop:20000365', section: 'Economy' },
  cocoa: { label: 'cocoa', code: 'medtop:20000386', section: 'Commodities' },
  carcass: { label: 'meat', code: 'medtop:20000210', section: 'Commodities' },
  yen: { label: 'yen', code: 'medtop:20000355', section: 'Markets' },
  rice: { label: 'rice', code: 'medtop:20000210', section: 'Commodities' },
};

/** Full names for the people the wire tags by surname alone (`reagan`, `poehl`). */
export const PEOPLE: Record<string, string> = {
  reagan: 'Ronald Reagan', 'james-baker': 'James Baker', volcker: 'Paul Volcker', yeutter: 'Clayton Yeutter',
  nakasone: 'Yasuhiro Nakasone', lawson: 'Nigel Lawson', miyazawa: 'Kiichi Miyazawa', stoltenberg: 'Gerhard Stoltenberg',
  lyng: 'Richard Lyng', greenspan: 'Alan Greenspan', sumita: 'Satoshi Sumita', balladur: 'Édouard Balladur',
  poehl: 'Karl Otto Pöhl', ongpin: 'Jaime Ongpin', conable: 'Barber Conable', thatcher: 'Margaret Thatcher',
  herrington: 'John Herrington', 'de-clercq': 'Willy De Clercq', sarney: 'José Sarney', chirac: 'Jacques Chirac',
  kohl: 'Helmut Kohl', 'von-weizsaecker': 'Richard von Weizsäcker', delors: 'Jacques Delors', mulroney: 'Brian Mulroney',
  hawke: 'Bob Hawke', camdessus: 'Michel Camdessus', 'perez-de-cuellar': 'Javier Pérez de Cuéllar', icahn: 'Carl Icahn',
  boesky: 'Ivan Boesky', 'zhao-ziyang': 'Zhao Ziyang', takeshita: 'Noboru Takeshita', papandreou: 'Andreas Papandreou',
};

export const PLACES: Record<string, string> = {
  usa: 'United States', uk: 'United Kingdom', ussr: 'Soviet Union', uae: 'United Arab Emirates',
};

export const ORGS: Record<string, string> = {
  ec: 'European Community', imf: 'IMF', opec: 'OPEC', worldbank: 'World Bank', gatt: 'GATT', oecd: 'OECD',
  'ico-coffee': 'International Coffee Organization', icco: 'International Cocoa Organization',
  'adb-asia': 'Asian Development Bank', 'adb-africa': 'African Development Bank', un: 'United Nations',
  'iwc-wheat': 'International Wheat Council', unctad: 'UNCTAD', fao: 'FAO', iea: 'IEA', eib: 'European Investment Bank',
};

/** `el-salvador` → `El Salvador`. */
export function titleCaseCode(code: string): string {
  return code.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(' ');
}

/** With weights: the wire dominates an archive like this one. */
export const SOURCES: ReadonlyArray<readonly [name: string, weight: number]> = [
  ['Reuters', 30], ['Associated Press', 10], ['Agence France-Presse', 6], ['Bloomberg', 6], ['Financial Times', 4],
  ['The Wall Street Journal', 4], ['The New York Times', 3], ['The Guardian', 3], ['BBC News', 3], ['Nikkei Asia', 2],
  ['Le Monde', 2], ['Süddeutsche Zeitung', 2], ['El País', 2], ['Corriere della Sera', 1], ['The Globe and Mail', 1],
  ['The Sydney Morning Herald', 1], ['The Hindu', 1], ['South China Morning Post', 1], ['Folha de S.Paulo', 1],
  ['Dagens Nyheter', 1], ['NRC', 1], ['Der Spiegel', 1], ['Frankfurter Allgemeine Zeitung', 1], ['Kyodo News', 1],
  ['Yonhap', 1], ['Xinhua', 1], ['ANSA', 1], ['dpa', 2], ['EFE', 1], ['Interfax', 1], ['Helsingin Sanomat', 1],
  ['Aftenposten', 1], ['Politiken', 1], ['The Irish Times', 1], ['The Economist', 1], ['Al Jazeera', 1], ['NPR', 1],
  ['Deutsche Welle', 1], ['Kathimerini', 1], ['Gazeta Wyborcza', 1],
];

export const PHOTO_AGENCIES = ['Reuters', 'Reuters', 'AP', 'AFP', 'Getty Images', 'EPA', 'Bloomberg', 'Xinhua', 'NTB Scanpix', 'ANP', 'Ritzau Scanpix'];

const FIRST_NAMES = [
  'Anna', 'David', 'Maria', 'James', 'Sarah', 'Michael', 'Laura', 'Peter', 'Emma', 'Thomas', 'Julia', 'Daniel',
  'Sophie', 'Robert', 'Elena', 'Mark', 'Claire', 'John', 'Hannah', 'Paul', 'Olivia', 'Lucas', 'Nina', 'Kenji',
  'Aiko', 'Rahul', 'Priya', 'Wei', 'Mei', 'Ahmed', 'Fatima', 'Olumide', 'Amara', 'Diego', 'Lucía', 'José',
  'Zoë', 'François', 'Chloé', 'Søren', 'Björn', 'Łukasz', 'Ángel', 'Iñaki', 'Müge', 'Ines', 'Noémie', 'Jürgen',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Walker', 'Wright', 'Hughes', 'Green', 'Baker',
  'Murphy', 'Kelly', 'Schmidt', 'Fischer', 'Weber', 'Rossi', 'Bianchi', 'Dubois', 'Martin', 'Garcia', 'Lopez',
  'Silva', 'Santos', 'Tanaka', 'Suzuki', 'Sato', 'Kim', 'Park', 'Chen', 'Wang', 'Li', 'Singh', 'Patel', 'Khan',
  'Okafor', 'Mensah', 'Novak', 'Horvat', 'Jensen', 'Nielsen', 'Müller', 'Øster', 'Núñez', 'Šimić', 'Dvořák',
  'Løvaas', 'Çelik', 'Kowalczyk', 'Ó Briain', 'Ibáñez', 'Lindqvist', 'Häkkinen', 'Petrović',
];

/** ~300 reporters' names, the same for every seed so queries can name them. */
export function bylinePool(random: () => number, size = 300): string[] {
  // Named in the brief's example queries: always in the pool.
  const names = new Set(['José Müller', 'Zoë Øster']);
  while (names.size < size) {
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)] ?? 'Anna';
    const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)] ?? 'Smith';
    names.add(`${first} ${last}`);
  }
  return [...names];
}

/** A few hundred words of Russian and Greek news vocabulary, for paragraphs in other scripts. */
export const CYRILLIC_WORDS = (
  'правительство министр заявил сообщил нефть газ цены рынок экономика банк центральный Москва года году процентов ' +
  'рубль доллар экспорт импорт торговля переговоры президент компания акции инвесторы рост снижение инфляция ставка ' +
  'урожай пшеница зерно поставки соглашение санкции бюджет налоги кризис решение неделе месяц квартал прибыль убыток ' +
  'аналитики ожидают новый против после время также однако может будет было которые этого своей страны мировой'
).split(' ');
export const GREEK_WORDS = (
  'κυβέρνηση υπουργός δήλωσε ανακοίνωσε πετρέλαιο φυσικό αέριο τιμές αγορά οικονομία τράπεζα κεντρική Αθήνα έτος ' +
  'ποσοστό ευρώ δολάριο εξαγωγές εισαγωγές εμπόριο διαπραγματεύσεις πρόεδρος εταιρεία μετοχές επενδυτές ανάπτυξη ' +
  'μείωση πληθωρισμός επιτόκιο σοδειά σιτάρι συμφωνία κυρώσεις προϋπολογισμός φόροι κρίση απόφαση εβδομάδα μήνα ' +
  'τρίμηνο κέρδη ζημιές αναλυτές αναμένουν νέα μετά επίσης όμως μπορεί θα ήταν οποίοι αυτή χώρας παγκόσμια λιμάνι'
).split(' ');
