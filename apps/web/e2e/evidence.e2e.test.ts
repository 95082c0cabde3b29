/**
 * 佐证材料 in the browser: the item panel names the accepted types and the limits, an OFD
 * file (the national e-document format) is uploaded and listed, and a ".pdf" that is
 * really a program is refused with a message saying so. Its own unit and cycle, set up
 * through the API.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, accountWithOwnPassword, signIn } from './support/api.ts';
import { cycleOf } from './support/drive.ts';
import { chromiumForFile, shot } from './support/ui.ts';

const baseUrl = inject('baseUrl');
const PASSWORD = 'e2e-evidence-password';

const cast = chromiumForFile('zh');
let admin: Api;

beforeAll(async () => {
  admin = await signIn(baseUrl, 'admin', inject('adminPassword'));
});

describe('evidence', () => {
  test('the hint names the types and limits; an OFD is accepted, a lying PDF refused', async () => {
    const unit = {
      id: 'harbour',
      name: '港口开发区工会',
      unitTypeId: 'devZone',
      memberCount: 9_000,
    };
    await admin.admin.saveUnit.mutate({ ...unit, active: true });
    await accountWithOwnPassword(
      admin,
      baseUrl,
      {
        username: 'ev-unit-harbour',
        displayName: '港口开发区工会（佐证）',
        role: 'unit',
        unitId: unit.id,
      },
      { first: 'first-password-ev', own: PASSWORD },
    );
    await cycleOf(admin, '佐证材料测试', [unit]);

    const page = await cast.signedIn('ev-unit-harbour', PASSWORD);
    await page.getByRole('link', { name: '自评' }).first().click();
    await page.getByTestId('progress').waitFor();
    await page.getByRole('button', { name: '第1项自评分：未评' }).click();
    const drawer = page.getByRole('dialog');
    const hint = drawer.getByText(/^可上传：pdf、ofd、/);
    await hint.waitFor();
    await expect.poll(() => hint.textContent()).toContain('本项已有0个，最多20个');
    expect(await hint.textContent()).toContain('wps、et、dps');
    expect(await hint.textContent()).toContain('本考核合计不超过500 MB');
    expect(await drawer.locator('input[type=file]').getAttribute('accept')).toContain('.ofd');

    // An OFD is a zip: its first bytes are a zip's local file header.
    await drawer.locator('input[type=file]').setInputFiles({
      name: '关于表彰的通知.ofd',
      mimeType: '',
      buffer: Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(60, 0x20)]),
    });
    await drawer.getByRole('link', { name: /关于表彰的通知\.ofd/ }).waitFor();
    await expect.poll(() => hint.textContent()).toContain('本项已有1个，最多20个');
    await shot(page, 'evidence-ofd-accepted');

    const program = Buffer.alloc(128, 0);
    program.write('MZ', 0, 'latin1');
    await drawer.locator('input[type=file]').setInputFiles({
      name: '年度总结.pdf',
      mimeType: 'application/pdf',
      buffer: program,
    });
    await page
      .getByText('文件内容与扩展名不符：“年度总结.pdf”不是PDF 文档，看起来是可执行程序')
      .waitFor();
    await shot(page, 'evidence-lying-pdf-refused');
    expect(await drawer.getByRole('link', { name: /年度总结/ }).count()).toBe(0);
  });
});
