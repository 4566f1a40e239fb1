import { ServerProcess } from '../../scripts/serverProcess.ts';
import { postgresMissing, startPostgres, type TestPostgres } from '../services/postgres.ts';
import { redisMissing, startRedis, type TestRedis } from '../services/redis.ts';
import { addCardInCell, expect, expectConnected, joinAs, test } from './fixtures.ts';
import { createBoard, linkPath } from './links.ts';

/*
 * Two instances on one PostgreSQL database and one Redis, each a real server, as behind a load
 * balancer that sent Ada to one and Bob to the other.
 */

const missing = postgresMissing() ?? redisMissing();
if (missing) console.log(missing);

// Where PostgreSQL or Redis cannot be had, the line above says so and the spec declares nothing
// (CI, with REQUIRE_TEST_SERVICES, fails in postgresMissing/redisMissing instead).
if (missing === null) test.describe('two instances behind one address', () => {
  let postgres: TestPostgres;
  let redis: TestRedis;
  const instances: ServerProcess[] = [];
  test.beforeAll(async () => {
    postgres = await startPostgres();
    redis = await startRedis();
    const env = { DATABASE_URL: await postgres.newDatabase(), REDIS_URL: redis.url };
    for (let i = 0; i < 2; i++) {
      const instance = new ServerProcess({ env });
      await instance.start();
      instances.push(instance);
    }
  });
  test.afterAll(async () => {
    for (const instance of instances) await instance.dispose();
    await redis?.dispose();
    await postgres?.stop();
  });

  test('people on different instances see each other and each other’s edits, and one instance restarting loses nothing', async ({ browser, playwright }) => {
    test.setTimeout(120_000);
    const [first, second] = instances as [ServerProcess, ServerProcess];
    const board = await createBoard(await playwright.request.newContext({ baseURL: first.url }));
    const path = linkPath(board.id, board.tokens.edit);
    const ada = await (await browser.newContext({ baseURL: first.url })).newPage();
    const bob = await (await browser.newContext({ baseURL: second.url })).newPage();
    await ada.goto(path);
    await joinAs(ada, 'Ada');
    await bob.goto(path);
    await joinAs(bob, 'Bob');
    await expectConnected(ada);
    await expectConnected(bob);
    await expect(ada.getByRole('listitem', { name: 'Bob' })).toBeVisible();
    await expect(bob.getByRole('listitem', { name: 'Ada' })).toBeVisible();

    await ada.getByRole('button', { name: '+ Add stage' }).click();
    await ada.getByRole('button', { name: '+ Add lane' }).click();
    await addCardInCell(ada, 'Sales Visit');
    await expect(bob.getByRole('article', { name: 'Card: Sales Visit' })).toBeVisible();
    await addCardInCell(bob, 'Follow-up Call');
    await expect(ada.getByRole('article', { name: 'Card: Follow-up Call' })).toBeVisible();
    await ada.screenshot({ path: test.info().outputPath('ada-on-first-instance.png') });

    // Ada's instance goes away: she is offline, Bob goes on; when it is back, she has his edit.
    const port = Number(new URL(first.url).port);
    await first.stop();
    await expect(ada.getByTestId('connection')).toHaveAttribute('data-state', 'offline');
    await expect(bob.getByRole('listitem', { name: 'Ada' })).toBeHidden({ timeout: 40_000 });
    await addCardInCell(bob, 'Written while Ada was away');
    await first.start(port);
    await expectConnected(ada);
    await expect(ada.getByRole('article', { name: 'Card: Written while Ada was away' })).toBeVisible();
    // Her page says who she is again with the clock it had; Bob's instance heard her removal a
    // step later, yet shows her at once.
    await expect(bob.getByRole('listitem', { name: 'Ada' })).toBeVisible({ timeout: 5000 });
    await ada.context().close();
    await bob.context().close();
  });
});
