import type { PersonRole } from '../../platform/auth/access.ts';
import type { Db } from '../../platform/db/pool.ts';
import type { Row } from '../../platform/db/tables.ts';

export interface DemoUser {
  email: string;
  displayName: string;
  role: PersonRole;
  companyName: string | null;
}

/**
 * The active accounts that can sign in (a pending invitee has no password yet), staff first, then by company:
 * whom a visitor of the demo may sign in as.
 */
export async function listDemoUsers(db: Db): Promise<DemoUser[]> {
  const { rows } = await db.query<
    Pick<Row<'users'>, 'email' | 'display_name'> & {
      role: PersonRole;
      company_name: Row<'publishers'>['company_name'] | null;
    }
  >(
    `SELECT u.email, u.display_name, u.role, p.company_name FROM users u LEFT JOIN publishers p ON p.id = u.publisher_id
     WHERE u.active AND u.password_hash IS NOT NULL ORDER BY p.company_name NULLS FIRST, u.role, u.email LIMIT 200`,
  );
  return rows.map((r) => ({
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    companyName: r.company_name,
  }));
}
