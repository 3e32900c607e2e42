import { orgs, people, places, type EntityStory } from './entityStoryTypes';

/**
 * Reuters wires from 1987 (Reuters-21578, reut2-000), read from their <BODY>.
 * Wire copy of the time capitalises oddly after "U.S." ("the U.S. Is
 * buying"), which makes a good test of junk.
 */

const wire = (newId: number): EntityStory['source'] => ({ from: 'reuters', newId });

export const REUTERS_STORIES: EntityStory[] = [
  {
    id: 'reuters-28-tower-report',
    about: 'Tower report diminishes Reagan’s hopes of a rebound',
    source: wire(28),
    expected: [
      ...people('Reagan', 'Stephen Hess', 'John Tower', 'Brent Scowcroft', 'Edmund Muskie', 'Caspar Weinberger', 'George Shultz'),
      ...people('Donald Regan', 'William Casey', 'William Schneider'),
      ...places('Washington', 'Iran', 'Texas'),
      ...orgs('Tower Commission', 'Reuters', 'Congress', 'Brookings Institution', 'White House', 'Central Intelligence Agency'),
      ...orgs('Los Angeles Times', 'American Enterprise Institute', 'Senate'),
    ],
    forbidden: [
      'National Security Adviser Brent Scowcroft', 'President Reagan', 'Hess', 'Tower', 'Casey', 'Schneider', 'Republican', 'Democrat',
      'Democrats', 'Democratic',
    ],
  },
  {
    id: 'reuters-107-iran-offensive',
    about: 'Iran announces the end of a major offensive in the Gulf war',
    source: wire(107),
    expected: [
      ...places('Iran', 'Iraq', 'Baghdad', 'London', 'Basra'),
      ...orgs('IRNA', 'Iranian Army', 'Revolutionary Guards Corps', 'Iranian High Command'),
    ],
    forbidden: ['Iranian', 'Iraqi', 'Gulf', 'Karbala-5', 'High Command'],
  },
  {
    id: 'reuters-178-regan',
    about: 'Tower report could be the final blow for Regan',
    source: wire(178),
    expected: [
      ...people('Reagan', 'Donald Regan', 'George Shultz', 'Caspar Weinberger', 'Robert Dole'),
      ...places('Iran', 'Washington', 'Kansas', 'Wall Street'),
      ...orgs('Tower Commission', 'White House', 'Senate'),
    ],
    forbidden: ['Kansas Republican', 'Regan', 'Nancy', 'Poindexter', 'Shultz', 'Nicaraguan', 'Senate Republican', 'President Reagan'],
  },
  {
    id: 'reuters-308-nakasone',
    about: 'Japan sales tax may force Nakasone out of office',
    source: wire(308),
    expected: [
      ...people('Yasuhiro Nakasone', 'Rei Shiratori', 'Seizaburo Sato'),
      ...orgs('LDP', 'Dokkyo University', 'Tokyo University', 'Reuters', 'Lower House', 'Upper House'),
    ],
    forbidden: ['Japanese', 'Nakasone', 'Sato', 'Liberal Democratic Party', 'Shiratori', 'Prime Minister Yasuhiro Nakasone', 'Seizaburo'],
  },
  {
    id: 'reuters-359-funaro',
    about: 'Funaro says Brazil needs more, faster finance',
    source: wire(359),
    expected: [
      ...people('Dilson Funaro', 'Francisco Gros'),
      ...places('Brazil', 'Washington', 'Europe', 'United Kingdom', 'West Germany', 'France', 'Switzerland', 'Italy', 'United States'),
      ...orgs('IMF', 'World Bank', 'Brazilian Embassy'),
    ],
    forbidden: ['International Monetary Fund', 'Britain', 'Funaro', 'Finance Minister Dilson Funaro', 'U.S', 'Brazilian'],
  },
  {
    id: 'reuters-386-reagan-baker',
    about: 'Reagan and Baker begin the task of rebuilding',
    source: wire(386),
    expected: [
      ...people('Ronald Reagan', 'Howard Baker', 'Robert Gates', 'William Casey', 'Robert Dole', 'Paul Laxalt', 'David Brinkley', 'Sam Nunn'),
      ...people('John McLaughlin', 'Donald Regan', 'John Poindexter', 'Oliver North', 'John Tower'),
      ...places('Iran', 'Lebanon', 'Kansas', 'Nevada', 'Georgia', 'Texas', 'Wall Street', 'United States'),
      ...orgs('White House', 'Central Intelligence Agency', 'NBC News', 'ABC News', 'Senate Armed Services Committee', 'National Security Council'),
      ...orgs('Newsweek', 'Senate'),
    ],
    forbidden: [
      'Georgia Democrat', 'Tower', 'Reagan', 'Gates', 'Baker', 'Nunn', 'Laxalt', 'Mr. Gates', 'Nicaraguan', 'Americans', 'Iran-contra',
      'Vice Adm. John Poindexter',
    ],
  },
  {
    id: 'reuters-740-funaro-uk',
    about: 'Funaro rejects a UK suggestion of an IMF plan for Brazil',
    source: wire(740),
    expected: [
      ...people('Dilson Funaro', 'Nigel Lawson'),
      ...places('Brazil', 'United Kingdom', 'Paris', 'Washington', 'Europe'),
      ...orgs('IMF', 'World Bank'),
    ],
    forbidden: ['Exchequer Nigel Lawson', 'International Monetary Fund', 'U.K', 'Britain', 'Brazilian', 'British', 'Lawson', 'Funaro', 'IMF and World Bank'],
  },
  {
    id: 'reuters-854-volcker',
    about: 'Regan’s departure makes a third Volcker term likely',
    source: wire(854),
    expected: [
      ...people('Paul Volcker', 'Donald Regan', 'Howard Baker', 'James Baker', 'George Bush', 'Carter', 'Reagan', 'Beryl Sprinkel'),
      ...people('George Shultz', 'Stephen Axilrod', 'Manuel Johnson', 'Alan Greenspan', 'E. Gerald Corrigan', 'William Seidman'),
      ...orgs('Fed', 'White House', 'Federal Reserve Board', 'Treasury Department', 'Nikko Securities Co. International', 'Federal Deposit Insurance Corp'),
      ...places('Washington', 'United States', 'Wall Street', 'New York'),
    ],
    forbidden: ['International', 'Volcker', 'Sprinkel', 'Vice-President George Bush', 'Treasury Secretary James Baker', 'Gerald Corrigan', 'Augsut'],
  },
  {
    id: 'reuters-925-china-trade',
    about: 'China calls for a better trade deal with the US',
    source: wire(925),
    expected: [
      ...places('China', 'United States', 'Peking', 'Washington', 'Hong Kong', 'Poland', 'Czechoslovakia', 'Hungary', 'Romania', 'Dalian'),
      ...people('George Shultz', 'Chen Shibiao'),
      ...orgs('GATT', 'U.S. Embassy', 'Congress', 'International Business'),
    ],
    forbidden: [
      'Agreement of Tariffs and Trade', 'U.S.-China', 'Chinese', 'Shultz', 'U.S. Market', 'U.S. Side', 'U.S. Did', 'U.S. Protectionist',
      'U.S. Technology', 'Agreement', 'Communism',
    ],
  },
  {
    id: 'reuters-951-aquino',
    about: 'Aquino announces land reform plans',
    source: wire(951),
    expected: [
      ...people('Corazon Aquino', 'Heherson Alvarez', 'Ferdinand Marcos'),
      ...places('Philippines', 'United States'),
      ...orgs('Congress'),
    ],
    forbidden: ['My', 'Aquino', 'Filipino', 'Philippine', 'Agrarian Reform Secretary Heherson Alvarez', 'Whatever'],
  },
];
