/**
 * Word lists the entity tagger needs beyond what compromise knows. They are
 * about the shape of English news prose, not about any one story.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/**
 * Titles printed right before a name, "Secretary of State Antony Blinken",
 * "Gov. Eric Holcomb". Only a title when a name follows it: "Kevin King" and
 * "Burger King" end in one.
 */
export const TITLE_HEADS = words(`
  president minister secretary chancellor senator sen sens rep reps representative congressman congresswoman
  governor gov mayor ambassador envoy spokesman spokeswoman spokesperson judge justice chief director chairman
  chairwoman chairperson chair ceo cfo coo king queen prince princess pope dr mr mrs ms messrs mx sir dame lord
  lady premier attorney general gen colonel col lt lieutenant captain capt sgt sergeant officer commissioner
  inspector detective det professor prof coach rev reverend bishop archbishop cardinal sheikh emir speaker
  leader administrator superintendent commander counsel treasurer sheriff deputy adm admiral marshal pastor
  rabbi imam ayatollah adviser advisor president-elect secretary-general
`);

/** Words that sit in front of a title and belong to it: "Foreign Minister", "Press Secretary", "Former Gov.". */
export const TITLE_MODIFIERS = words(`
  foreign interior prime vice deputy press energy defence defense finance health home state former acting
  interim chief assistant associate executive special attorney supreme national security commerce trade
  education justice labor labour transport transportation treasury agriculture environment managing general
  senior principal first grand district county city minority majority
`);

/** Words after a name that are part of it, not a new name: "James Kennedy Jr.". */
export const NAME_SUFFIXES = words('jr sr ii iii iv');

/** Last words that make a name an organisation ("Bank", "Ministry"), or that name one on their own ("Inc"). */
export const ORG_SUFFIXES = words(`
  academy agency airlines airways alliance army association authority bancorp bank board brothers bureau
  capital center centre chronicle church club co coalition college commission committee company congress
  conference corp corporation council court courant daily department directorate division electric
  entertainment exchange federation force foundation fund gazette group guardian herald holdings hospital
  house inc institute industries insurance investments journal labs league ltd management media ministry
  motors museum navy network news observer office organisation organization parliament partners party
  police post press productions protection railway records register reserve school securities senate
  service services society star studios systems technologies telegraph times tribune trust union
  university networks plc llc gmbh ag sa fc bee sun mirror express examiner inquirer bulletin magazine
  review radio television tv pictures robotics machines assembly legislature forum sports united hotspur
  rovers wanderers athletic albion security embassy consulate administration institution command development
`);

/** First words that make "X of/for Y" an organisation: "University of Oxford", "Center for Public Relations". */
export const ORG_HEADS = words(`
  university bank department ministry center centre institute office museum council court commission
  committee board school college academy church federation union league association society house
  bureau agency fund foundation organisation organization party order
`);

/** Last words that make a name a place ("King Street", "Red Square", "Logar Province"). */
export const PLACE_SUFFIXES = words(`
  street st road avenue ave square lane boulevard blvd bridge river park island islands mountains valley bay
  sea ocean lake province county district region plateau peninsula strait gulf coast desert canyon
  airport harbour harbor heights beach statehouse area
`);

/** First words that make "X of Y" a place: "Gulf of Mexico", "Republic of Korea", "District of Columbia". */
export const PLACE_HEADS = words('gulf bay isle republic kingdom state city district province sea strait cape');

/** Last words of things that are neither people, places nor organisations: events, laws, prizes, diseases. */
export const EVENT_SUFFIXES = words(`
  cup final finals open olympics championship championships awards award prize festival summit
  act bill law code treaty accord war week day tour series show podcast
  disease virus syndrome fever flu encephalitis plague telescope spacecraft rover probe
`);

/** Organisations written with the kind in front: "FC Porto", "Banque Paribas", "Societe Generale". */
export const ORG_PREFIXES = words('fc ac afc sc banque banco societe société compagnie groupe grupo');

/** Names of newspapers that stand alone as the paper: "the Tribune", "the Post". */
export const PUBLICATIONS = words('tribune herald gazette chronicle courant telegraph guardian times post journal inquirer examiner observer');

/** Small words that may sit inside a name ("Bank of England", "Charles de Gaulle", "Braunau am Inn"). */
export const NAME_PARTICLES = words('de da di du des del della dos das van von der den la le ter am upon bin ibn al el');

/** Joiners inside an organisation's or place's name: "Department of Health and Human Services". */
export const NAME_JOINERS = words('of for on and &');

/**
 * Adjectives for nations, faiths and parties: capitalised, but not a person,
 * place or organisation on their own ("Chinese officials", "Republican Gov.").
 */
export const GROUP_ADJECTIVES = words(`
  jewish muslim muslims christian christians catholic catholics protestant islamic buddhist hindu sikh sunni
  shia shiite arab arabs british english scottish welsh irish european republican republicans democrat
  democrats democratic nazi nazis communist communists conservative conservatives liberal liberals socialist socialists
  latino latina latinos hispanic western eastern southern northern
`);

/** Suffixes of lower-case hyphen tails that leave the name in front: "Sacramento-based", "US-led". */
export const HYPHEN_TAILS = words(`
  based led owned backed born run made style era bound funded controlled linked listed registered wide
  area bred trained educated allied aligned sponsored brokered
`);

/** Words that are never an entity on their own, however they are capitalised. */
export const NEVER_ENTITIES = words(`
  i he she it we they you him her them his hers its our their me my mine the a an this that these those
  today yesterday tomorrow tonight gmt utc est edt pst pdt bst cet ist et pt ct am pm god internet web
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  gdp gnp cpi ipo vip ok faq hq
`);
