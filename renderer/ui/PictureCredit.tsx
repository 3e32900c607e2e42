import type { ReactNode } from 'react';
import type { ArticleImage, CreditSource } from '../../shared/model';

const PROVENANCE: Record<CreditSource, string> = {
  'text-credit-line': 'a credit line printed in the article text',
  'media-rss': 'the feed’s Media RSS credit',
  ninjs: 'the wire item’s ninjs credit line',
  'json-ld': 'the page’s schema.org data',
  figcaption: 'the picture’s caption on the page',
  iptc: 'the picture file’s IPTC metadata',
  xmp: 'the picture file’s XMP metadata',
  exif: 'the picture file’s EXIF metadata',
};

/**
 * A picture with its caption and credit beneath. When the source named a
 * credit but carried no picture (pasted text), the credit still shows, on a
 * placeholder that says so.
 */
export function PictureCredit({ image, objectUrl }: { image: ArticleImage; objectUrl: string | null }): ReactNode {
  const others = (image.otherCredits ?? []).map((other) => `“${other.credit}” (${PROVENANCE[other.creditSource]})`);
  const provenance = image.creditSource
    ? `Credit from ${PROVENANCE[image.creditSource]}.${others.length > 0 ? ` Also credited: ${others.join('; ')}.` : ''}`
    : undefined;
  return (
    <figure className="picture">
      {objectUrl ? (
        <img src={objectUrl} alt={image.caption ?? ''} />
      ) : (
        <div className="picture-missing" role="img" aria-label="Picture not in the archive">
          <span aria-hidden="true">▣</span>
          <span>{image.src ? 'This picture is not in the archive' : 'The source names this picture but did not include it'}</span>
        </div>
      )}
      {(image.caption ?? image.credit) && (
        <figcaption>
          {image.caption && <span className="caption">{image.caption}</span>}
          {image.credit && (
            <span className="credit" title={provenance} tabIndex={0} aria-label={`Picture credit: ${image.credit}. ${provenance ?? ''}`}>
              Image: {image.credit}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
