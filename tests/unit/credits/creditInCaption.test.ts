import { describe, expect, it } from 'vitest';
import { creditInCaption } from '../../../main/credits/creditInCaption';

describe('credits in captions, as newsrooms print them', () => {
  it.each([
    ['Image: AP', null, 'AP'],
    ['Protesters outside the court. Photo: Jane Doe/Reuters', 'Protesters outside the court.', 'Jane Doe/Reuters'],
    ['President Bush drops his dog, Barney. (AP Photo/Duane A. Laverty)', 'President Bush drops his dog, Barney.', 'AP Photo/Duane A. Laverty'],
    ['A man stands at the border gate. (DHA via AP, File)', 'A man stands at the border gate.', 'DHA via AP, File'],
    ['Traders on the floor of the exchange. REUTERS/Brendan McDermid', 'Traders on the floor of the exchange.', 'REUTERS/Brendan McDermid'],
    ['The plume over Europa. (Image: © NASA/ESA/K. Retherford/SWRI)', 'The plume over Europa.', 'Image: © NASA/ESA/K. Retherford/SWRI'],
    ['Image copyright Getty Images', null, 'Getty Images'],
    ['Trade talks in Beijing. Credit...Anna Moneymaker/The New York Times', 'Trade talks in Beijing.', 'Anna Moneymaker/The New York Times'],
    ['A joint, held up to the light. Getty', 'A joint, held up to the light.', 'Getty'],
    ['Hong Kong at night © Jane Doe', 'Hong Kong at night', '© Jane Doe'],
  ])('%s', (text, caption, credit) => {
    expect(creditInCaption(text)).toEqual({ caption, credit });
  });

  it('leaves a caption with no credit in it alone', () => {
    expect(creditInCaption('The Costa Concordia lies on its side off Giglio.')).toEqual({ caption: 'The Costa Concordia lies on its side off Giglio.', credit: null });
    expect(creditInCaption('   ')).toEqual({ caption: null, credit: null });
  });
});
