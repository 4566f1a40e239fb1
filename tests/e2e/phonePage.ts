import type { Page } from '@playwright/test';
import { expect, expectConnected, type OpenLaptop } from './fixtures.ts';

/* A phone in the room: a 360×740 touch screen that opens a board link and joins with a name. */

export const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } as const;

export async function openPhone(openLaptop: OpenLaptop, path: string, name: string): Promise<Page> {
  const phone = await openLaptop(PHONE);
  await phone.goto(path);
  const dialog = phone.getByRole('dialog', { name: 'What should others call you?' });
  await dialog.getByLabel('Display name').fill(name);
  await dialog.getByRole('button', { name: 'Join board' }).tap();
  await expect(dialog).toBeHidden();
  await expectConnected(phone);
  return phone;
}

/** A stage's or a lane's chip on the phone, as a thumb finds it: its radio is drawn as the chip. */
export const chip = (page: Page, name: string) => page.locator('.phone-chip', { has: page.getByRole('radio', { name, exact: true }) });
