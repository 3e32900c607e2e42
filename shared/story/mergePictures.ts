import type { ArticleImage } from '../model';

/** A credit naming a person ("Jane Doe/Reuters") says more than one naming only an agency ("Reuters"). */
const specificity = (credit: string | null): number => (credit === null ? 0 : (/\//.test(credit) ? 2 : 1) + credit.length / 1000);

/**
 * Two sources' pictures of one article as one list, `first` first (a
 * page's lead picture, a feed's media). Where both describe the same
 * picture, the more specific credit is shown and the other kept beside it.
 */
export function mergePictures(first: ArticleImage[], more: ArticleImage[]): ArticleImage[] {
  const pictures = first.map((picture) => ({ ...picture }));
  for (const figure of more) {
    const same = pictures.find((p) => p.src === figure.src);
    if (!same) {
      pictures.push(figure);
      continue;
    }
    same.caption ??= figure.caption;
    if (figure.credit && figure.credit !== same.credit) {
      const [shown, kept] = specificity(figure.credit) > specificity(same.credit) ? [figure, { ...same }] : [same, figure];
      Object.assign(same, { credit: shown.credit, creditSource: shown.creditSource });
      if (kept.credit && kept.creditSource) same.otherCredits = [...(same.otherCredits ?? []), { credit: kept.credit, creditSource: kept.creditSource }];
    }
  }
  return pictures;
}

