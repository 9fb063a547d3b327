import { CallFailure } from '../../../src-shared/contract/errors';
import type { CaseStage } from '../../../src-shared/domain/caseStages';
import type { Role } from '../../../src-shared/domain/roles';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { Database } from '../../db/openDatabase';
import { renderChineseDocument } from '../../pdf/chineseDocument';
import type { Handler } from '../../services/callContext';
import { hashPassword } from '../auth/passwordHash';
import { placeNewDocument } from '../dossier/catalogueOrder';
import { planDemoCases, type PlannedCase } from './demoCases';
import { planDocuments, type PlannedDocument } from './demoDocuments';
import { PeopleFactory, Rng, chinaParts } from './demoPeople';
import { DEMO_COURT, DEMO_TEAMS, DEMO_USERS } from './demoUsers';
import { seedDemoService } from './demoService';
import { seedDemoHearing } from './demoHearings';
import { seedDemoClosedHearing } from './demoClosedHearing';

export { DEMO_USERS, DEMO_PASSWORD, DEMO_COURT } from './demoUsers';

/** The demo data are drawn from this seed: the same people and stories every time, dated relative to now. */
const DEMO_SEED = 20260101;

/** Who records each stage: the service centre files and serves, the team prepares, the judge decides. */
const STAGE_ACTOR: Record<CaseStage, Role> = {
  filing: 'center', service: 'center', preservation: 'center', scheduling: 'assistant', pretrial: 'assistant',
  hearing: 'judge', deliberation: 'judge', judgment: 'judge', judgment_service: 'center', closed: 'clerk', archived: 'clerk',
};

const hasUsers = (db: Database) => db.prepare('SELECT 1 FROM users LIMIT 1').get() !== undefined;

interface RenderedDocument extends PlannedDocument {
  sha256: string;
  sizeBytes: number;
  pageCount: number;
  pageTexts: string[];
  pageSize: { width: number; height: number };
}

/**
 * Loads the demo: one county court, two trial teams, a user per role (password demo-2026) and ~30 cases
 * across every stage, each with its parties, stage events and real Chinese PDFs in the e-dossier.
 * The PDFs are rendered first (async); then court, teams and users go in one write and each case in its own.
 */
export const seed: Handler<'demo.seed'> = async (_input, ctx) => {
  const { db, blobs, logger } = ctx.app;
  if (hasUsers(db)) throw new CallFailure('ALREADY_INITIALIZED');
  const started = performance.now();
  const now = ctx.app.now();
  const nowIso = now.toISOString();
  const rng = new Rng(DEMO_SEED);
  const cases = planDemoCases(now, rng, new PeopleFactory(rng, chinaParts(now).y));

  const courtId = uuidv7();
  const teamIds = DEMO_TEAMS.map(() => uuidv7());
  const users = DEMO_USERS.map((u) => ({ ...u, id: uuidv7(), hash: hashPassword(u.password) }));
  const judges = users.filter((u) => u.role === 'judge');
  const byRole = (role: Role) => users.find((u) => u.role === role)!;
  const clerk = byRole('clerk');

  // The expensive part: every PDF is rendered and stored before anything is written to the database.
  const rendered = new Map<PlannedCase, RenderedDocument[]>();
  for (const c of cases) {
    const staff = { judge: judges[c.judge]!.displayName, otherJudge: judges[1 - c.judge]!.displayName, clerk: clerk.displayName };
    const docs: RenderedDocument[] = [];
    for (const doc of planDocuments(c, staff, now)) {
      const { bytes, pageCount, pageTexts, pageSize } = await renderChineseDocument(doc.content);
      const { sha256, sizeBytes } = blobs.put(bytes);
      docs.push({ ...doc, sha256, sizeBytes, pageCount, pageTexts, pageSize });
    }
    rendered.set(c, docs);
  }
  const pdfMs = performance.now() - started;

  ctx.write(null, (tx) => {
    // Another seed may have finished while this one rendered its PDFs.
    if (hasUsers(db)) throw new CallFailure('ALREADY_INITIALIZED');
    tx.insert('court', courtId, { name: DEMO_COURT.name, code: DEMO_COURT.code });
    DEMO_TEAMS.forEach((name, i) => tx.insert('team', teamIds[i]!, { court_id: courtId, name }));
    for (const u of users) {
      tx.insert('user', u.id, {
        court_id: courtId,
        team_id: u.team === null ? null : teamIds[u.team]!,
        user_name: u.userName,
        display_name: u.displayName,
        role: u.role,
        password_hash: u.hash,
        created_at: nowIso,
      });
    }
  });

  let documents = 0;
  for (const c of cases) {
    const caseId = uuidv7(c.story.filed.getTime());
    const judge = judges[c.judge]!;
    const last = c.events[c.events.length - 1]!;
    const docs = rendered.get(c)!;
    ctx.write(caseId, (tx) => {
      tx.insert('case', caseId, {
        court_id: courtId,
        case_number: c.caseNumber,
        year: c.year,
        case_type: c.spec.caseType,
        sequence: c.sequence,
        cause: c.spec.cause,
        procedure: c.story.procedure,
        stage: c.stage,
        judge_id: judge.id,
        team_id: teamIds[c.judge]!,
        filed_on: isoDay(c.story.filed),
        claim_amount: c.story.amount,
        created_at: c.story.filed.toISOString(),
        updated_at: last.at.toISOString(),
      });
      [...c.story.plaintiffs, ...c.story.defendants].forEach((p, position) =>
        tx.insert('party', uuidv7(c.story.filed.getTime()), {
          case_id: caseId, role: p.role, name: p.name, kind: p.kind, id_number: p.idNumber, address: p.address, phone: p.phone, position,
        }),
      );
      for (const e of c.events) {
        const actor = STAGE_ACTOR[e.stage] === 'judge' ? judge : byRole(STAGE_ACTOR[e.stage]);
        tx.insert('case_event', uuidv7(e.at.getTime()), {
          case_id: caseId, stage: e.stage, at: e.at.toISOString(), note: e.note, actor_user_id: actor.id, actor_name: actor.displayName,
        });
      }
      for (const d of docs) {
        const createdAt = d.createdAt.toISOString();
        if (!db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(d.sha256)) {
          tx.insert('blob', d.sha256, { size_bytes: d.sizeBytes, media_type: 'application/pdf', created_at: createdAt });
        }
        const documentId = uuidv7(d.createdAt.getTime());
        tx.insert('document', documentId, {
          case_id: caseId, title: d.title, category: d.category, volume: 'main', blob_sha256: d.sha256,
          page_count: d.pageCount, size_bytes: d.sizeBytes, position: placeNewDocument(tx, db, caseId, 'main', d.category),
          created_at: createdAt, original_name: `${d.title}.pdf`, category_source: 'user',
        });
        // We drew the text ourselves, so the pages are searchable without extracting it again.
        d.pageTexts.forEach((text, pageIndex) =>
          tx.insert('page', uuidv7(), {
            document_id: documentId, page_index: pageIndex, text, text_source: 'pdf', width: d.pageSize.width, height: d.pageSize.height,
          }),
        );
      }
    });
    documents += docs.length;
  }

  seedDemoHearing(ctx, now); // today's hearing in 第一法庭 (courtroom)
  documents += await seedDemoClosedHearing(ctx, now); // a closed hearing with a signed, sealed transcript in the 正卷
  seedDemoService(ctx);
  const ms = Math.round(performance.now() - started);
  logger.info({ cases: cases.length, documents, ms, pdfMs: Math.round(pdfMs) }, 'demo data loaded');
  ctx.app.events.emit({ topic: 'data', payload: { entity: 'case' } });
  return { cases: cases.length, documents, users: DEMO_USERS.map((u) => ({ userName: u.userName, displayName: u.displayName, role: u.role, password: u.password })) };
};

/** YYYY-MM-DD of an instant, in China time. */
function isoDay(d: Date): string {
  const c = chinaParts(d);
  return `${c.y}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`;
}
