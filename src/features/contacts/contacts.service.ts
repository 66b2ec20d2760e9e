// Marketing contacts (S6, S7, L7): who hears about the publisher's active rewards.
import { checkMarketingContact } from '../../domain/contacts.ts';
import type { Program } from '../../domain/program.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import type { Tx } from '../../platform/db/pool.ts';
import { AppError, invalid, notFound } from '../../platform/problems.ts';
import { lockPublisher, type PublisherRow } from '../../usecases/publishers.ts';
import { activeUser } from '../users/users.service.ts';
import {
  countActivations,
  deleteContact,
  findContact,
  insertContact,
  listContacts,
  updateContact,
  type ContactValues,
} from './contacts.queries.ts';
import type { ContactBody, ContactView } from './contacts.schema.ts';

/** Assigns a marketing contact (S7: Assign user). The publisher row is locked so the limit holds under races. */
export async function assignContact(
  tx: Tx,
  program: Program,
  publisherId: string,
  body: ContactBody,
  now: Date,
): Promise<ContactView> {
  const values = await checkedValues(tx, program, publisherId, body);
  const { max } = program.marketingContacts;
  if ((await listContacts(tx, publisherId)).length >= max) {
    throw new AppError(
      'marketing-contact-limit',
      `A publisher has at most ${max} marketing contacts (L7); update or remove one first.`,
    );
  }
  const id = await saveUnique(() => insertContact(tx, publisherId, values, now));
  return (await findContact(tx, publisherId, id))!;
}

/** Updates a contact's details or changes who it is (S7: Update / Change). */
export async function changeContact(
  tx: Tx,
  program: Program,
  publisherId: string,
  contactId: string,
  body: ContactBody,
  now: Date,
): Promise<ContactView> {
  const values = await checkedValues(tx, program, publisherId, body);
  if (!(await saveUnique(() => updateContact(tx, publisherId, contactId, values, now))))
    throw notFound('marketing contact');
  return (await findContact(tx, publisherId, contactId))!;
}

/** Removes a contact; the last one stays while any benefit is activated, since its news needs someone (S6, L7). */
export async function removeContact(
  tx: Tx,
  publisherId: string,
  contactId: string,
  now: Date,
): Promise<void> {
  const publisher = await lockedPublisher(tx, publisherId);
  const contacts = await listContacts(tx, publisher.id);
  if (!contacts.some((c) => c.id === contactId)) throw notFound('marketing contact');
  const open = await countActivations(tx, publisherId, now);
  if (contacts.length === 1 && open > 0) {
    throw new AppError(
      'last-marketing-contact',
      `This is the only marketing contact and the publisher has ${open} activated benefit(s) whose news goes to it: change the contact (PUT) or assign another first.`,
    );
  }
  await deleteContact(tx, publisherId, contactId);
}

async function checkedValues(
  tx: Tx,
  program: Program,
  publisherId: string,
  body: ContactBody,
): Promise<ContactValues> {
  const publisher = await lockedPublisher(tx, publisherId);
  await activeUser(tx, publisherId, body.userId, '/body/userId');
  const check = checkMarketingContact(body, publisher.account_email, program);
  if (!check.ok) {
    throw invalid(
      check.errors.map((e) => ({ pointer: `/body/${e.field}`, code: e.code, detail: e.message })),
    );
  }
  return { userId: body.userId, ...check.value };
}

async function lockedPublisher(tx: Tx, publisherId: string): Promise<PublisherRow> {
  const publisher = await lockPublisher(tx, publisherId);
  if (!publisher) throw notFound('publisher');
  return publisher;
}

async function saveUnique<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (isUniqueViolation(error, 'marketing_contacts_publisher_id_user_id_key')) {
      throw new AppError(
        'marketing-contact-exists',
        'This user is a marketing contact already; update that contact instead.',
        {
          errors: [
            { pointer: '/body/userId', code: 'already-contact', detail: 'is a marketing contact already' },
          ],
        },
      );
    }
    throw error;
  }
}
