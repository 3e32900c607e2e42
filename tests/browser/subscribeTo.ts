import type { Page } from '@playwright/test';
import { expect } from './webHostFixture';

/** Subscribes to a feed from the Sources view and waits until its first sync has succeeded. */
export async function subscribeTo(page: Page, url: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Manage sources…' }).click();
  await page.getByLabel('Feed or site address').fill(url);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('listitem', { name: new RegExp(title) })).toContainText('Healthy');
}
