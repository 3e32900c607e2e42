/** "1 article", "1,000 articles": a count of articles as the UI writes it. */
export const articleCount = (n: number): string => `${n.toLocaleString()} ${n === 1 ? 'article' : 'articles'}`;
