import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { auditLog, auditLogAll } from './audit-log-repository.ts';
import { searchUnits, upsertUnits } from './organisation-repository.ts';
import { rankingPage, rankingReport } from './report-repository.ts';
import { reviewGrid } from './review-grid-repository.ts';
import { likePattern } from './search.ts';
import { recordSecurityEvent } from './security-event-repository.ts';
import { ADMIN, describeEachEngine, seedCycle, seedOrganisation } from './testing.ts';
import { searchUsers, upsertUsers } from './user-repository.ts';

const fresh = () => Math.random().toString(36).slice(2, 8);

it('escapes the LIKE wildcards of a search term', () => {
  expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
});

describeEachEngine('search and paging', ({ db }) => {
  it('finds units by part of the name or the code, wildcards taken literally, page by page', async () => {
    await seedOrganisation(db());
    const p = fresh();
    const units = [
      { id: `${p}-001`, name: `${p}河西区50%工会`, unitTypeId: 'district' },
      { id: `${p}-002`, name: `${p}河东区500工会`, unitTypeId: 'district' },
      { id: `${p}-003`, name: `${p}南开区a_b工会`, unitTypeId: 'district' },
      { id: `${p}-004`, name: `${p}和平区axb工会`, unitTypeId: 'bureau' },
      ...Array.from({ length: 30 }, (_, i) => ({
        id: `${p}-1${String(i).padStart(2, '0')}`,
        name: `${p}编号工会${String(i).padStart(2, '0')}`,
        unitTypeId: 'devZone',
      })),
    ];
    await upsertUnits(db(), ADMIN, units);

    const all = await searchUnits(db(), { q: p, page: 1, pageSize: 20 });
    expect(all.total).toBe(34);
    expect(all.rows).toHaveLength(20);
    const second = await searchUnits(db(), { q: p, page: 2, pageSize: 20 });
    expect(second.rows).toHaveLength(14);
    expect(new Set([...all.rows, ...second.rows].map((u) => u.id)).size).toBe(34);
    // Past the end: no rows, the total still right.
    expect(await searchUnits(db(), { q: p, page: 9, pageSize: 20 })).toEqual({
      rows: [],
      total: 34,
    });

    // A unit on page 2 of the whole list is found by its name on page 1.
    const last = second.rows.at(-1)!;
    const found = await searchUnits(db(), { q: last.name.slice(p.length), page: 1, pageSize: 20 });
    expect(found.rows.map((u) => u.id)).toEqual([last.id]);
    // By code, case-insensitively.
    expect(
      (await searchUnits(db(), { q: `${p}-003`.toUpperCase(), page: 1, pageSize: 20 })).rows,
    ).toMatchObject([{ id: `${p}-003` }]);

    // "50%" is not "50 followed by anything"; "a_b" is not "a, one character, b".
    expect(
      (await searchUnits(db(), { q: `${p}河西区50%`, page: 1, pageSize: 20 })).rows.map(
        (u) => u.id,
      ),
    ).toEqual([`${p}-001`]);
    expect(
      (await searchUnits(db(), { q: '50%工会', page: 1, pageSize: 20 })).rows.map((u) => u.id),
    ).toContain(`${p}-001`);
    expect(
      (await searchUnits(db(), { q: '50%工会', page: 1, pageSize: 20 })).rows.map((u) => u.id),
    ).not.toContain(`${p}-002`);
    expect(
      (await searchUnits(db(), { q: `a_b工会`, page: 1, pageSize: 20 })).rows.map((u) => u.id),
    ).toEqual([`${p}-003`]);
    expect((await searchUnits(db(), { q: '\\', page: 1, pageSize: 20 })).total).toBe(0);
    // With the unit type.
    expect(
      (await searchUnits(db(), { q: p, unitTypeId: 'bureau', page: 1, pageSize: 20 })).rows,
    ).toMatchObject([{ id: `${p}-004` }]);
  });

  it('finds accounts by part of the username or the name', async () => {
    const p = fresh();
    await upsertUsers(
      db(),
      ADMIN,
      Array.from({ length: 25 }, (_, i) => ({
        id: `${p}-user-${i}`,
        username: `${p}.user${String(i).padStart(2, '0')}`,
        displayName: i === 7 ? `张_三${p}` : `用户${i}${p}`,
        role: 'admin' as const,
        passwordHash: 'x',
      })),
    );
    const page1 = await searchUsers(db(), { q: p, page: 1, pageSize: 10 });
    expect(page1.total).toBe(25);
    expect(page1.rows.map((u) => u.username)).toEqual(
      Array.from({ length: 10 }, (_, i) => `${p}.user${String(i).padStart(2, '0')}`),
    );
    expect(page1.rows[0]).not.toHaveProperty('passwordHash');
    expect((await searchUsers(db(), { q: `张_三${p}`, page: 1, pageSize: 10 })).rows).toMatchObject(
      [{ id: `${p}-user-7` }],
    );
    expect((await searchUsers(db(), { q: `张%${p}`, page: 1, pageSize: 10 })).total).toBe(0);
    expect(
      (await searchUsers(db(), { q: `${p}.USER24`, page: 1, pageSize: 10 })).rows,
    ).toMatchObject([{ id: `${p}-user-24` }]);
  });

  it('pages and searches the ranking without changing any rank', async () => {
    const seeded = await seedCycle(db(), { unitCount: 9 });
    // Different review totals, all approved: ranks 1…3 within each of the three types.
    for (const [i, u] of seeded.units.entries()) {
      await sql`update item_scores set review_score = base_score where assessment_id = ${u.assessmentId}`.execute(
        db(),
      );
      await sql`update item_scores set review_score = 0
                where assessment_id = ${u.assessmentId}
                  and item_id in (select item_id from item_scores where assessment_id = ${u.assessmentId}
                                  order by item_id limit ${i})`.execute(db());
      await sql`update assessments set stage = 'approved' where id = ${u.assessmentId}`.execute(
        db(),
      );
    }
    const whole = await rankingReport(db(), { cycleId: seeded.cycleId });
    const rankOf = new Map(whole.map((r) => [r.unitId, r.rank]));

    const pages = [1, 2, 3].map((page) =>
      rankingPage(db(), { cycleId: seeded.cycleId, page, pageSize: 4 }),
    );
    const [a, b, c] = [await pages[0]!, await pages[1]!, await pages[2]!];
    expect([a.total, b.total, c.total]).toEqual([9, 9, 9]);
    const paged = [...a.rows, ...b.rows, ...c.rows];
    // The same rows with the same ranks, the unit types in the rubric's order.
    expect([...paged].sort((x, y) => x.unitId.localeCompare(y.unitId))).toEqual(
      [...whole].sort((x, y) => x.unitId.localeCompare(y.unitId)),
    );
    expect([...new Set(paged.map((r) => r.unitTypeId))]).toEqual(['district', 'devZone', 'bureau']);
    for (const type of ['district', 'devZone', 'bureau']) {
      expect(paged.filter((r) => r.unitTypeId === type)).toEqual(
        whole.filter((r) => r.unitTypeId === type),
      );
    }

    // Every unit found by its own name keeps its rank; the one on the last page too.
    for (const unit of whole) {
      const hit = await rankingPage(db(), {
        cycleId: seeded.cycleId,
        q: unit.unitName,
        page: 1,
        pageSize: 20,
      });
      expect(hit.total).toBe(1);
      expect(hit.rows[0]).toEqual(unit);
      expect(hit.rows[0]!.rank).toBe(rankOf.get(unit.unitId));
    }
    const byType = await rankingPage(db(), {
      cycleId: seeded.cycleId,
      unitTypeId: 'bureau',
      q: seeded.units[8]!.unitId,
      page: 1,
      pageSize: 20,
    });
    expect(byType.rows.map((r) => [r.unitId, r.rank])).toEqual([
      [seeded.units[8]!.unitId, rankOf.get(seeded.units[8]!.unitId)],
    ]);
    expect(await rankingPage(db(), { cycleId: seeded.cycleId, page: 5, pageSize: 4 })).toEqual({
      rows: [],
      total: 9,
    });
  });

  it("pages and searches a department's review grid", async () => {
    const seeded = await seedCycle(db(), { unitCount: 7 });
    const departmentId = 'finance';
    const every = await reviewGrid(db(), { cycleId: seeded.cycleId, departmentId });
    expect(every.total).toBe(7);
    const page2 = await reviewGrid(db(), {
      cycleId: seeded.cycleId,
      departmentId,
      page: { page: 2, pageSize: 5 },
    });
    expect(page2.total).toBe(7);
    expect(page2.rows.map((r) => r.unitId)).toEqual(every.rows.slice(5).map((r) => r.unitId));
    const target = every.rows[6]!;
    const found = await reviewGrid(db(), {
      cycleId: seeded.cycleId,
      departmentId,
      q: target.unitName,
      page: { page: 1, pageSize: 5 },
    });
    expect(found.total).toBe(1);
    expect(found.rows).toEqual([target]);
    const past = await reviewGrid(db(), {
      cycleId: seeded.cycleId,
      departmentId,
      page: { page: 4, pageSize: 5 },
    });
    expect(past).toMatchObject({ rows: [], total: 7 });
    const drafts = await reviewGrid(db(), {
      cycleId: seeded.cycleId,
      departmentId,
      notStage: 'selfScoring',
    });
    expect(drafts.total).toBe(0);
  });

  it('lists audit and security events filtered by who, what, unit and time, page by page', async () => {
    await seedOrganisation(db());
    const p = fresh();
    const actor = {
      userId: `${p}-clerk`,
      role: 'admin' as const,
      unitId: null,
      departmentId: null,
    };
    await upsertUsers(db(), ADMIN, [
      {
        id: actor.userId,
        username: `${p}.clerk`,
        displayName: `办事员${p}`,
        role: 'admin',
        passwordHash: 'x',
      },
    ]);
    const start = new Date();
    for (let i = 0; i < 12; i++) {
      await upsertUnits(db(), actor, [
        { id: `${p}-u${String(i).padStart(2, '0')}`, name: `${p}工会${i}`, unitTypeId: 'district' },
      ]);
    }
    await recordSecurityEvent(db(), {
      actorUserId: actor.userId,
      actorRole: 'admin',
      procedure: 'assessment.saveSelfScore',
      targetId: 'a-1',
      code: 'FORBIDDEN',
      reason: 'not the unit',
      ip: '127.0.0.1',
    });

    const who = await auditLog(db(), { q: `${p}.clerk`, page: 1, pageSize: 5 });
    expect(who.total).toBe(13);
    expect(who.rows).toHaveLength(5);
    // Newest first: the refusal, then the units in reverse order.
    expect(who.rows[0]).toMatchObject({
      kind: 'security',
      action: 'security.FORBIDDEN',
      actorUsername: `${p}.clerk`,
      actorName: `办事员${p}`,
      procedure: 'assessment.saveSelfScore',
    });
    expect(who.rows[1]).toMatchObject({
      kind: 'audit',
      action: 'unit.create',
      unitId: `${p}-u11`,
      unitName: `${p}工会11`,
    });
    const pages = [];
    for (let page = 1; page <= 3; page++) {
      pages.push(...(await auditLog(db(), { q: `办事员${p}`, page, pageSize: 5 })).rows);
    }
    expect(pages).toHaveLength(13);
    expect(new Set(pages.map((r) => `${r.kind}-${r.id}`)).size).toBe(13);

    const what = await auditLog(db(), { q: p, action: 'unit.create', page: 1, pageSize: 50 });
    expect(what.total).toBe(12);
    const refused = await auditLog(db(), {
      q: p,
      action: 'security.FORBIDDEN',
      page: 1,
      pageSize: 50,
    });
    expect(refused.rows.map((r) => r.kind)).toEqual(['security']);
    const unit = await auditLog(db(), { unit: `${p}工会3`, page: 1, pageSize: 50 });
    expect(unit.rows.map((r) => r.entityId)).toEqual([`${p}-u03`]);
    expect(
      (await auditLog(db(), { q: p, to: start, page: 1, pageSize: 50 })).rows.filter(
        (r) => r.action === 'unit.create',
      ),
    ).toEqual([]);
    expect((await auditLog(db(), { q: p, from: start, page: 1, pageSize: 50 })).total).toBe(13);
    expect(
      (await auditLog(db(), { q: p, from: new Date(Date.now() + 60_000), page: 1, pageSize: 50 }))
        .total,
    ).toBe(0);

    const batches = [];
    for await (const batch of auditLogAll(db(), { q: p }, 5)) batches.push(batch.length);
    expect(batches).toEqual([5, 5, 3]);
  });
});
