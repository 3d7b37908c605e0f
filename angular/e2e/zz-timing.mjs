import { launch, signInAndWait, BASE_URL, shot } from './support.mjs';
const s = await launch({ culture: 'ru' });
await signInAndWait(s.page, { userName: 'director' });
for (const path of ['/', '/staff', '/development-plans', '/growth-cycles']) {
  await s.page.goto(BASE_URL + path); await s.page.waitForLoadState('networkidle');
  let a = performance.now(); await shot(s.page, 'zz'); let b = performance.now();
  await s.page.screenshot({ path: '/tmp/zz.png' }); let c = performance.now();
  console.log(path, `fullPage shot ${(b-a)|0} ms, viewport ${(c-b)|0} ms`);
}
await s.close();
process.exit(0);
