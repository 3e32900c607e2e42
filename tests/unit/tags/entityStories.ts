import { orgs, people, places, type EntityStory } from './entityStoryTypes';
import { REUTERS_STORIES } from './entityStoriesReuters';

/**
 * The stories the entity tagger is held to: the seed article, pages from the
 * article-extraction ground truth (their marked article body), and Reuters
 * wires (entityStoriesReuters). Each was read in full and its expectations
 * written by hand. Entities the tagger cannot honestly be expected to find
 * with rules (see the notes) are left out of `expected`, not special-cased.
 */

const gt = (id: string): EntityStory['source'] => ({ from: 'ground-truth', id });

const WEB_STORIES: EntityStory[] = [
  {
    id: 'seed-prisoner-swap',
    about: 'Blinken on irregular US-Russia prisoner swap talks; Gershkovich and Whelan held in Russia',
    source: { from: 'seed', file: '000_5991ad5017234ee2.txt' },
    expected: [
      ...people('Antony Blinken', 'Sergey Lavrov', 'Vladimir Putin', 'Joe Biden', 'Anatoly Antonov', 'Evan Gershkovich', 'Paul Whelan', 'Dmitry Peskov'),
      ...places('United States', 'Russia', 'Geneva', 'Washington', 'Moscow', 'Yekaterinburg', 'Canada', 'Ireland', 'United Kingdom'),
      ...orgs('Fox News', 'Wall Street Journal', 'FSB', 'Kremlin', 'Moscow City Court', 'Center for Public Relations'),
    ],
    forbidden: [
      'US', 'UK', 'Blinken', 'Gershkovich', 'Whelan', 'Evan', 'Antony', 'State Antony', 'US Secretary Of State Antony',
      'Whelan & Gershkovich', 'Russian', 'American', 'In', 'According', 'Recently', 'Wall Street', 'Secretary of State',
      'Federal Security Service',
    ],
  },
  {
    id: 'gt-reuters-markets',
    about: 'Reuters: oil falls on oversupply, world stocks edge up',
    source: gt('57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca'),
    expected: [
      ...places('New York', 'United States', 'China', 'Beijing', 'Russia', 'Norway', 'Japan', 'Asia', 'Wall Street'),
      ...people('Donald Trump', 'Carsten Fritsch', 'Juan Perez'),
      ...orgs('Reuters', 'Nasdaq', 'MSCI', 'Tempus Inc', 'London Metal Exchange'),
    ],
    forbidden: ['NEW YORK', 'Emerging', 'Brent LCOc1', 'Asia- Pacific', 'U.S.', 'US', 'DJI', 'SPX', 'IXIC', 'DXY', 'EUR', 'XAU', 'Perez', 'Trump'],
  },
  {
    id: 'gt-hitler-house',
    about: 'NBC: the house where Hitler was born will become a police station',
    source: gt('5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e'),
    expected: [
      ...people('Adolf Hitler', 'Wolfgang Peschorn'),
      ...places('Vienna', 'Austria', 'Germany'),
      ...orgs('Interior Ministry', 'European Union'),
    ],
    forbidden: ['Hitler', 'VIENNA', 'Austrians', 'National Socialism', 'Interior Minister Wolfgang Peschorn', 'Recent'],
  },
  {
    id: 'gt-bart-stabbing',
    about: 'AP: man stabbed to death on a San Francisco Bay Area commuter train',
    source: gt('5caf91b8a4423735f866b089d2611ea14503584cf3b6f487c6d26eb7b9521fca'),
    expected: [
      ...places('Hayward', 'California', 'San Francisco Bay Area'),
      ...people('Ed Alvarez', 'Steve Castro'),
      ...orgs('San Francisco Chronicle', 'BART Police', 'AP'),
    ],
    forbidden: ['Calif', 'HAYWARD', 'Alvarez', 'Employee Steve Castro', 'Interim BART Police Chief Ed Alvarez', 'Samaritan', 'Latest'],
  },
  {
    id: 'gt-guardian-hong-kong',
    about: 'Guardian leader: Hong Kong, a city on the brink',
    source: gt('5fa3154ec031ab35411a457d78eb5aa92c0e803c5329bd05c001e6d64009e206'),
    expected: [
      ...places('Hong Kong', 'Beijing', 'China', 'Taiwan', 'Xinjiang', 'Tiananmen Square', 'United Kingdom', 'Soviet Union'),
      ...people('Xi Jinping'),
      ...orgs('People’s Daily', 'People’s Liberation Army', 'Hong Kong Polytechnic University', 'New York Times', 'US Senate'),
    ],
    forbidden: ['People', 'Liberation Army', 'Chinese', 'Britain', 'Hong Kong Human Rights', 'Xi', 'Uighurs', 'Communist', 'Progressive', 'Belfastisation', 'Parents'],
  },
  {
    id: 'gt-express-hong-kong',
    about: 'Express: Hong Kong police besiege Polytechnic University; China’s ambassador warns',
    source: gt('624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35'),
    expected: [
      ...places('Hong Kong', 'China', 'Beijing', 'United Kingdom', 'United States', 'Kowloon West'),
      ...people('Liu Xiaming', 'Chris Tang', 'Cheuk Hau-yip'),
      ...orgs('People’s Liberation Army', 'Polytechnic University'),
    ],
    forbidden: ['Britain Liu Xiaming', 'Britain', 'UK', 'US', 'Chinese', 'People', 'Liberation Army', 'Liu', 'Protesters'],
  },
  {
    id: 'gt-omar-threat',
    about: 'The Hill: New York man pleads guilty to threatening to kill Rep. Ilhan Omar',
    source: gt('6ebac05f637ece8aa57c298a2a5e3a8047f546f855d0f29cc683cea60ce85c85'),
    expected: [
      ...people('Ilhan Omar', 'Patrick Carlineo Jr', 'James Kennedy Jr', 'Sonya A. Zoghlin', 'Alexandria Ocasio-Cortez', 'Jeanine Pirro'),
      ...places('New York', 'United States'),
      ...orgs('U.S. Attorney’s Office for the Western District of New York', 'U.S. Capitol Police', 'FBI', 'Fox News', 'Twitter', 'The Hill'),
    ],
    forbidden: [
      'Pat Carlineo', 'Patrick W. Carlineo', 'Carlineo', 'Omar', 'Office', 'Western District', 'Alexandria Ocasio- Cortez',
      'D-Minn', 'D-N.Y', 'Muslims', 'Capitol Police', 'Sonya A',
    ],
  },
  {
    id: 'gt-taylor-swift',
    about: 'BBC Newsbeat: Taylor Swift’s row with Big Machine over the AMAs',
    source: gt('70cb2d5bca75ab5a8f6bb378a38a52f882f6bda508de93b12502e74936d86ff2'),
    expected: [
      ...people('Taylor Swift', 'Scooter Braun', 'Kanye West', 'Kim Kardashian', 'Elizabeth Warren', 'Alexandria Ocasio-Cortez'),
      ...orgs('Netflix', 'Tumblr', 'Twitter', 'Dick Clark Productions'),
      ...places('United States'),
    ],
    forbidden: ['Swift', 'Braun', 'Taylor', 'Senator Elizabeth Warren', 'Democratic', 'US'],
  },
  {
    id: 'gt-afghan-helicopter',
    about: 'Al Jazeera: two US service members killed in a helicopter crash in Afghanistan',
    source: gt('7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f'),
    expected: [
      ...places('United States', 'Afghanistan', 'Kabul', 'Washington', 'Logar'),
      ...people('Zabihullah Mujahid', 'Donald Trump', 'Mark Milley'),
      ...orgs('Taliban', 'United Nations'),
    ],
    forbidden: ['US Chinook', 'US', 'Chinook', 'Mujahid', 'Americans', 'Afghan', 'General Mark Milley', 'Hostage'],
  },
  {
    id: 'gt-volker-morrison',
    about: 'CBS: key moments from Kurt Volker’s and Tim Morrison’s impeachment testimony',
    source: gt('7a664e40d256470fdb12d10c3f8d1c6db0581e9b080c71765e55f273a3ac7d03'),
    expected: [
      ...people('Kurt Volker', 'Tim Morrison', 'Alexander Vindman', 'Fiona Hill', 'Joe Biden', 'Hunter Biden', 'Volodymyr Zelensky'),
      ...people('Gordon Sondland', 'Rick Perry', 'Rudy Giuliani', 'Steve Castor', 'John Bolton', 'Trump'),
      ...places('Ukraine', 'Russia', 'Crimea', 'Washington', 'United States'),
      ...orgs('House Intelligence Committee', 'NSC', 'Politico', 'European Union'),
    ],
    forbidden: [
      'President Trump', 'Vice President Biden', 'President Trump and President Zelenskyy', 'White House National Security Council Ukraine',
      'European Union Gordon Sondland', 'National Security Adviser John Bolton', 'Fiona', 'Biden', 'Volker', 'Morrison', 'Vindman',
      'Republicans', 'Ukrainian', 'Ukrainians', 'Bidens', 'Intelligence Committee', 'National Security Council', 'Gordon',
    ],
  },
  {
    id: 'gt-indiana-teachers',
    about: 'AP via Detroit News: thousands of teachers rally at the Indiana Statehouse',
    source: gt('7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0'),
    expected: [
      ...places('Indianapolis', 'Indiana', 'Kentucky', 'West Virginia', 'Oklahoma', 'Arizona', 'Florida', 'Indiana Statehouse'),
      ...people('Angela Cooper', 'Keith Gambill', 'Eric Holcomb', 'Matt Bevin', 'Brian Bosma', 'Jennifer McCormick', 'Joel Schlabach'),
      ...orgs('Indiana State Teachers Association', 'Indiana State Police', 'Republican Governors Association', 'Richmond High School', 'GOP', 'Gibson Southern'),
    ],
    forbidden: [
      'High', 'Superintendent Jennifer McCormick', 'Kentucky GOP', 'GOP-dominated Legislature', 'Legislature', 'Republican', 'Republicans',
      'Holcomb', 'Bosma', 'Gambill', 'Red', 'Statehouse',
    ],
  },
  {
    id: 'gt-sondland-preview',
    about: 'AP: unpredictable Sondland faces questions in the impeachment inquiry',
    source: gt('82b6d780c792df78dcfb00484d50c86fbc7f324a9eb5835b7615f028edb9a574'),
    expected: [
      ...people('Gordon Sondland', 'Donald Trump', 'Volodymyr Zelenskiy', 'Joe Biden', 'Hunter Biden', 'Rudy Giuliani', 'David Holmes'),
      ...people('Fiona Hill', 'Alexander Vindman', 'Timothy Morrison', 'Kurt Volker'),
      ...places('Washington', 'Ukraine', 'Kyiv', 'Brussels', 'Warsaw', 'United States', 'Russia'),
      ...orgs('White House', 'European Union', 'State Department', 'National Security Council'),
    ],
    forbidden: [
      'WASHINGTON', 'Ukraine Kurt Volker', 'White House Russia', 'President Trump', 'Vice President Biden', 'Sondland', 'Trump',
      'Ambassador Gordon Sondland', 'Lt. Col. Alexander Vindman', 'Holmes', 'Volker', 'Never Trumpers', 'Republican',
    ],
  },
  {
    id: 'gt-settlements',
    about: 'AFP via Al Bawaba: world criticises US shift on Israeli settlements',
    source: gt('833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730'),
    expected: [
      ...places('United States', 'Israel', 'West Bank', 'Jerusalem', 'Washington', 'Egypt', 'Jordan', 'Russia', 'United Kingdom', 'Gush Etzion'),
      ...people('Mike Pompeo', 'Benjamin Netanyahu', 'Donald Trump', 'Ayman Safadi', 'Saeb Erekat', 'Avi Bell'),
      ...orgs('United Nations', 'European Union', 'Arab League', 'UN Security Council', 'ICC', 'International Court of Justice'),
      ...orgs('Palestinian Authority', 'General Assembly', 'British Foreign Office', 'Kohelet Policy Forum', 'United Nations High Commissioner for Human Rights'),
    ],
    forbidden: [
      'EU', 'UN', 'US', 'Jewish', 'Israel - Egypt', 'Trump', 'Netanyahu', 'Pompeo', 'Israeli', 'Israelis', 'Palestinians', 'Palestinian',
      'Assembly', 'Erekat', 'Security Council', 'International Criminal Court', 'Six-Day War',
    ],
  },
  {
    id: 'gt-gannett-gatehouse',
    about: 'LA Times column: the Gannett-GateHouse merger and the future of local news',
    source: gt('8634d1211c3f2b73041e6cadd5d59676619838949999a83a23c51a3195b44892'),
    expected: [
      ...people('Michael Reed', 'Ken Doctor', 'Michael Ferro', 'Patrick Soon-Shiong', 'Penelope Muse Abernathy', 'Leon Cooperman', 'Elizabeth Warren'),
      ...orgs('GateHouse Media', 'New Media Investment Group', 'Alden Capital', 'Orange County Register', 'Denver Post', 'San Jose Mercury News'),
      ...orgs('Tribune', 'The Times', 'McClatchy Co', 'Sacramento Bee', 'Miami Herald', 'Kansas City Star', 'Pension Benefit Guarantee Corp'),
      ...orgs('Chicago Tribune', 'New York Daily News', 'Baltimore Sun', 'Hartford Courant', 'San Diego Union-Tribune', 'University of North Carolina'),
      ...orgs('Fortress Investment Group'),
      ...places('United States', 'Sacramento'),
    ],
    forbidden: [
      'Miami Herald and Kansas City Star', 'Patrick Soon- Shiong', 'San Diego Union- Tribune', 'Sacramento McClatchy', 'Gannett and GateHouse Media',
      'Media Investment Group', 'New Media', 'Reed', 'Doctor', 'Cooperman', 'Abernathy', 'Soon-Shiong', 'McClatchy and Tribune',
    ],
  },
  {
    id: 'gt-mourinho-spurs',
    about: 'Sky News: Jose Mourinho replaces Mauricio Pochettino at Tottenham',
    source: gt('921019755f4a96ac4abf9dbcb4ef9d5ac202624a542d5ea70912330aa6fcc71f'),
    expected: [
      ...people('Jose Mourinho', 'Mauricio Pochettino', 'Harry Kane'),
      ...orgs('Manchester United', 'Real Madrid', 'FC Porto', 'Tottenham Hotspur', 'Premier League', 'UEFA Champions League', 'Sky Sports', 'Twitter'),
      ...places('England', 'Portugal', 'Spain', 'Italy', 'London', 'China'),
    ],
    forbidden: ['Jose', 'Mourinho', 'Pochettino', 'Hotspur', 'Spurs', 'Dele', 'Portuguese', 'Argentine', 'Welcome Jose', 'Champions League'],
  },
  {
    id: 'gt-taliban-hostages',
    about: 'NY Post: Taliban free American and Australian hostages in a prisoner swap',
    source: gt('a1fca19b884e0e946ad3fbe2a7f5031e5e3b23372702a76db302b6143c77cb31'),
    expected: [
      ...people('Kevin King', 'Timothy Weeks', 'Anas Haqqani', 'Sirajuddin Haqqani', 'Mike Pompeo', 'Stephanie Grisham', 'Ashraf Ghani'),
      ...people('Scott Morrison', 'Trump'),
      ...places('Afghanistan', 'Qatar', 'Doha', 'Kabul', 'Washington', 'United States', 'Zabul'),
      ...orgs('Taliban', 'American University of Kabul', 'Agence France-Presse', 'White House'),
    ],
    forbidden: [
      'State Mike Pompeo', 'Agence France- Presse', 'President Trump', 'American Kevin King', 'Kevin', 'Weeks', 'King', 'Haqqani',
      'Australian', 'Afghan', 'White House Press', 'US',
    ],
  },
  {
    id: 'gt-deval-patrick',
    about: 'AP: Deval Patrick takes his 2020 campaign to South Carolina',
    source: gt('a6968f427cdb786531cfb326518e674bd8b48af94df7c5c6165cdf40e944357a'),
    expected: [
      ...people('Deval Patrick', 'Joe Biden', 'Cory Booker', 'Kamala Harris', 'Eyamba Sowers', 'Bernie Sanders', 'Donald Trump', 'Beth Ruffin', 'Beto O’Rourke'),
      ...places('Columbia', 'South Carolina', 'Massachusetts', 'Iowa', 'Nevada'),
      ...orgs('AP'),
    ],
    forbidden: ['S.C', 'S.C.', 'COLUMBIA', 'Democratic', 'Patrick', 'Sens. Cory Booker', 'Southern', 'Sowers', 'Ruffin'],
  },
  {
    id: 'gt-migrant-flu-shots',
    about: 'NBC via MSN: doctors offer free flu shots to detained migrants',
    source: gt('abd9d6291b6bfae0c3ffad8ab7623b482c6da46face0271dc42af6324d8f0ce5'),
    expected: [
      ...orgs('DHS', 'CBP', 'NBC News', 'CDC', 'NBC Latino', 'Facebook', 'Twitter', 'Instagram', 'Health and Human Services', 'Citizenship and Immigration Services'),
      ...people('Kevin McAleenan', 'Alex Azar', 'Chad Wolf', 'Luz Contreras Arroyo', 'Trump'),
      ...places('California', 'San Ysidro', 'El Paso', 'Sacramento'),
    ],
    forbidden: [
      'Department of Homeland Security and Alex Azar', 'Department of Homeland Security', 'Department of Homeland', 'Customs and Border Protection',
      'Health', 'ICUs', 'Arroyo', 'Paso', 'Border Protection', 'Human Services', 'Immigration Services', 'Centers for Disease Control',
    ],
  },
  {
    id: 'gt-nasa-landers',
    about: 'Space.com: NASA adds SpaceX, Blue Origin and three others to its lunar lander pool',
    source: gt('c50845a7158af12ee75acea301a3ea0dad1e848d6b9dbdb43ba7f2d825b2528b'),
    expected: [
      ...orgs('NASA', 'SpaceX', 'Sierra Nevada Corp', 'Ceres Robotics', 'Tyvak Nano-Satellite Systems', 'CLPS', 'Intuitive Machines', 'Science Mission Directorate'),
      ...people('Jim Bridenstine', 'Thomas Zurbuchen', 'Jeff Bezos', 'Steve Clarke'),
      ...places('California', 'Colorado', 'Washington'),
    ],
    forbidden: [
      'Inc', 'ET', 'NASA Administrator Jim Bridenstine', 'Sierra Nevada Corporation', 'Sierra Nevada', 'Tyvak Nano- Satellite Systems', 'Clarke',
      'Commercial Lunar Payload Services', 'Today',
    ],
  },
  {
    id: 'gt-esper-vietnam',
    about: 'AP via Houston Chronicle: Esper accuses China of coercion in the South China Sea',
    source: gt('db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754'),
    expected: [
      ...people('Mark Esper', 'John McCain'),
      ...places('Hanoi', 'Vietnam', 'China', 'South China Sea', 'Beijing', 'United States', 'Hoa Lo'),
      ...orgs('Diplomatic Academy of Vietnam', 'Communist Party', 'AP'),
    ],
    forbidden: ['HANOI', 'Esper', 'Vietnam War', 'Diplomatic Academy', 'Asian', 'Sen. John McCain', 'U.S. Defense Secretary Mark Esper'],
  },
  {
    id: 'gt-tory-factcheck',
    about: 'AP: UK Conservatives under fire for renaming a Twitter account “factcheckUK”',
    source: gt('e7994d5500875202d93e736e8f0c8a0436107d10add94ce3789001b8c5c32358'),
    expected: [
      ...people('Boris Johnson', 'Jeremy Corbyn', 'Dominic Raab', 'Keir Starmer', 'Nick Clegg', 'Will Moy'),
      ...orgs('Conservative Party', 'Labour Party', 'Twitter', 'BBC', 'Electoral Commission', 'Facebook', 'European Union'),
      ...places('London', 'United Kingdom'),
    ],
    forbidden: ['LONDON', 'U.K', 'UK', 'EU', 'Britain', 'Conservatives', 'Brexit', 'Johnson', 'Corbyn', 'Cleggmania', 'Liberal Democrat', 'Raab'],
  },
];

export const ENTITY_STORIES: EntityStory[] = [...WEB_STORIES, ...REUTERS_STORIES];
