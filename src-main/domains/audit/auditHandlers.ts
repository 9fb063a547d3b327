import type { Handler } from '../../services/callContext';
import { verifyAudit } from '../../write/auditChain';

export const verify: Handler<'audit.verify'> = (_input, ctx) => {
  const { entries, problems } = verifyAudit(ctx.app.db);
  return { intact: problems.length === 0, entries, problems };
};

export const list: Handler<'audit.list'> = ({ caseId, limit, beforeSeq }, ctx) => {
  const items = ctx.app.db
    .prepare(
      `SELECT seq, at, user_name AS userName, role, via, call, case_id AS caseId, digest FROM audit_log
       WHERE (@caseId IS NULL OR case_id = @caseId) AND (@beforeSeq IS NULL OR seq < @beforeSeq)
       ORDER BY seq DESC LIMIT @limit`,
    )
    .all({ caseId: caseId ?? null, beforeSeq: beforeSeq ?? null, limit }) as never[];
  return { items };
};
