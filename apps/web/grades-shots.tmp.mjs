import { chromium } from 'playwright';
const base = 'http://127.0.0.1:3461';
const out = '/tmp/grades-shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
async function session(user, password, width, height) {
  const ctx = await browser.newContext({ baseURL: base, viewport: { width, height } });
  const page = await ctx.newPage();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.waitForTimeout(3000);
  if (await page.getByLabel('当前密码').isVisible().catch(() => false)) {
    await page.getByLabel('当前密码').fill(password);
    await page.getByLabel('新密码', { exact: true }).fill(NEW);
    await page.getByLabel('确认新密码').fill(NEW);
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.waitForTimeout(2000);
    adminPassword = NEW;
  }
  return page;
}
const NEW = 'Kq7-grades-Shots-Zx9';
let adminPassword = 'tREt-6SJA-xPtw-mgGM';
const cycleId = process.argv[2];
const approvedId = process.argv[3];
for (const [w, h] of [[1366, 768], [390, 844]]) {
  const admin = await session('admin', adminPassword, w, h);
  if (admin.url().includes('password')) console.log('admin must change password');
  await admin.screenshot({ path: `${out}/after-login-${w}.png` }); console.log(admin.url());
  await admin.goto(`/reports?cycleId=${cycleId}`);
  await admin.getByTestId('ranking-table').waitFor();
  await admin.getByTestId('ranking-table').scrollIntoViewIfNeeded();
  await admin.screenshot({ path: `${out}/reports-${w}.png`, fullPage: false });
  await admin.screenshot({ path: `${out}/reports-full-${w}.png`, fullPage: true });
  await admin.goto(`/admin/cycles`);
  await admin.getByTestId(`cycle-grades-${cycleId}`).click();
  await admin.getByTestId('grades-admin').waitFor();
  await admin.waitForTimeout(800);
  await admin.screenshot({ path: `${out}/cycle-grades-${w}.png` });
  // A bad band: unordered lines show beside the field.
  await admin.getByTestId('band-bound-district-1').fill('120');
  await admin.getByTestId('save-bands-district').click();
  await admin.waitForTimeout(600);
  await admin.screenshot({ path: `${out}/cycle-grades-error-${w}.png` });
  await admin.goto(`/reports/notice?cycleId=${cycleId}`);
  await admin.getByTestId('results-notice').waitFor();
  await admin.screenshot({ path: `${out}/notice-${w}.png`, fullPage: true });
  const unit = await session('unit-putuo', 'kaohe-demo-2011', w, h);
  await unit.goto(`/assessments/${approvedId}`);
  await unit.getByTestId('assessment-grade').waitFor({ timeout: 15000 }).catch(() => console.log('no grade on unit page'));
  await unit.screenshot({ path: `${out}/unit-${w}.png` });
  await unit.goto(`/assessments/${approvedId}/print`);
  await unit.getByTestId('print-result').waitFor();
  await unit.waitForTimeout(800);
  await unit.getByTestId('print-result').scrollIntoViewIfNeeded();
  await unit.screenshot({ path: `${out}/print-${w}.png` });
}
await browser.close();
