import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedCreditLine, readEmbeddedCredits } from '../../../main/credits/embeddedCredits';

const image = (name: string): Buffer => readFileSync(join(__dirname, '../../fixtures/images', name));

describe('credits a picture carries inside itself (exifr: IPTC IIM, XMP, EXIF)', () => {
  it('Bush-dog.jpg: Credit "AP" and By-line "DUANE A. LAVERTY", printed together', async () => {
    const credits = await readEmbeddedCredits(image('Bush-dog.jpg'));
    expect(credits.creditLine[0]).toEqual({ value: 'AP', source: 'iptc' });
    expect(credits.creator[0]).toEqual({ value: 'DUANE A. LAVERTY', source: 'iptc' });
    expect(credits.supplier[0]?.value).toBe('AP');
    expect(credits.caption[0]?.value).toMatch(/Bush accidentally drops his dog, Barney.*\(AP Photo\/Duane A\. Laverty\)$/);
    expect(embeddedCreditLine(credits)).toEqual({ value: 'DUANE A. LAVERTY/AP', source: 'iptc' });
  });

  it("IPTC's reference image: every field where the standard puts it, from IIM first and XMP and EXIF after", async () => {
    const credits = await readEmbeddedCredits(image('IPTC-PhotometadataRef-Std2021.1.jpg'));
    expect(credits.creditLine.map((c) => c.value)).toContain('Credit Line (ref2021.1)');
    expect(credits.creator[0]).toEqual({ value: 'Creator1 (ref2021.1)', source: 'iptc' });
    expect(credits.copyright.map((c) => c.value)).toContain('Copyright (Notice) 2021.1 IPTC - www.iptc.org (ref2021.1)');
    expect(credits.caption.map((c) => c.value)).toContain('The description aka caption (ref2021.1)');
    expect(credits.supplier.map((c) => c.value)).toContain('Source (ref2021.1)');
    // The same notice in XMP and EXIF is one value, credited to where it was found first.
    expect(credits.copyright).toEqual([{ value: 'Copyright (Notice) 2021.1 IPTC - www.iptc.org (ref2021.1)', source: 'iptc' }]);
  });

  it.each(['iptc-agency-photographer-example.jpg', 'iptc-staff-photographer-example.jpg', 'iptc-independent-photographer-example.jpg', 'iptc-mess.jpg'])('%s has a credit to print', async (name) => {
    const line = embeddedCreditLine(await readEmbeddedCredits(image(name)));
    expect(line?.value.length).toBeGreaterThan(1);
  });

  it('a file that says JPEG but is not one, and an empty file, give no values and no error', async () => {
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10]), Buffer.from('Exif\0\0not really tiff at all')]);
    for (const bytes of [fake, Buffer.alloc(0), Buffer.from('<html>not a picture</html>')]) {
      const credits = await readEmbeddedCredits(bytes);
      expect(embeddedCreditLine(credits)).toBeNull();
    }
  });
});
