-- Keys Citus could keep (issue 18, docs/scaling.md): every primary key and unique index of a tenant table includes
-- its publisher, and every reference between tenant tables goes through it, so the tables can be distributed by
-- publisher_id with one publisher's rows on one node (test/schema-distributable.test.ts reads the catalog for it).
-- Ids stay the leading column, so every look-up by id alone uses the same index as before; a uuid never repeats,
-- so nothing that was unique becomes less so in practice.

-- The references that go through the keys replaced below, added again at the end.
ALTER TABLE sponsorship_grants DROP CONSTRAINT sponsorship_grants_activation_id_publisher_id_fkey;
ALTER TABLE tasks
  DROP CONSTRAINT tasks_activation_id_publisher_id_fkey,
  DROP CONSTRAINT tasks_dispute_id_publisher_id_fkey,
  DROP CONSTRAINT tasks_offer_id_publisher_id_fkey,
  DROP CONSTRAINT tasks_support_ticket_id_publisher_id_fkey,
  DROP CONSTRAINT tasks_technical_request_id_publisher_id_fkey;
ALTER TABLE conversation_messages
  DROP CONSTRAINT conversation_messages_dispute_id_publisher_id_fkey,
  DROP CONSTRAINT conversation_messages_support_ticket_id_publisher_id_fkey,
  DROP CONSTRAINT conversation_messages_technical_request_id_publisher_id_fkey;
ALTER TABLE support_tickets DROP CONSTRAINT support_tickets_offer_id_publisher_id_fkey;
ALTER TABLE technical_requests DROP CONSTRAINT technical_requests_offer_id_publisher_id_fkey;
ALTER TABLE sponsorship_spend DROP CONSTRAINT sponsorship_spend_grant_id_publisher_id_fkey;
ALTER TABLE task_contacts DROP CONSTRAINT task_contacts_task_id_fkey;

-- Tables whose (id, publisher_id) was a unique constraint beside the primary key: it becomes the primary key.
ALTER TABLE offers DROP CONSTRAINT offers_pkey, DROP CONSTRAINT offers_id_publisher_id_key,
  ADD PRIMARY KEY (id, publisher_id);
ALTER TABLE activations DROP CONSTRAINT activations_pkey, DROP CONSTRAINT activations_id_publisher_id_key,
  ADD PRIMARY KEY (id, publisher_id);
ALTER TABLE technical_requests DROP CONSTRAINT technical_requests_pkey,
  DROP CONSTRAINT technical_requests_id_publisher_id_key, ADD PRIMARY KEY (id, publisher_id);
ALTER TABLE support_tickets DROP CONSTRAINT support_tickets_pkey,
  DROP CONSTRAINT support_tickets_id_publisher_id_key, ADD PRIMARY KEY (id, publisher_id);
ALTER TABLE disputes DROP CONSTRAINT disputes_pkey, DROP CONSTRAINT disputes_id_publisher_id_key,
  ADD PRIMARY KEY (id, publisher_id);
ALTER TABLE sponsorship_grants DROP CONSTRAINT sponsorship_grants_pkey,
  DROP CONSTRAINT sponsorship_grants_id_publisher_id_key, ADD PRIMARY KEY (id, publisher_id),
  -- One grant per activation, and an activation is its publisher's.
  DROP CONSTRAINT sponsorship_grants_activation_id_key, ADD UNIQUE (activation_id, publisher_id);

-- The other tenant tables: the primary key takes the publisher.
ALTER TABLE marketing_contacts DROP CONSTRAINT marketing_contacts_pkey, ADD PRIMARY KEY (id, publisher_id);
ALTER TABLE publisher_opt_outs DROP CONSTRAINT publisher_opt_outs_pkey, ADD PRIMARY KEY (id, publisher_id);
ALTER TABLE sponsorship_spend DROP CONSTRAINT sponsorship_spend_pkey, ADD PRIMARY KEY (id, publisher_id);
ALTER TABLE conversation_messages DROP CONSTRAINT conversation_messages_pkey, ADD PRIMARY KEY (id, publisher_id);
ALTER TABLE task_contacts DROP CONSTRAINT task_contacts_pkey, ADD PRIMARY KEY (id, publisher_id);
ALTER TABLE tasks DROP CONSTRAINT tasks_pkey, ADD PRIMARY KEY (id, publisher_id);
-- A company's tier history is its company's (a company of one profile has the profile's id).
ALTER TABLE tier_changes DROP CONSTRAINT tier_changes_pkey, ADD PRIMARY KEY (id, company_id);

-- One task per subject: a subject is its publisher's, so the publisher joins each key.
DROP INDEX tasks_one_welcome_per_offer, tasks_one_per_activation, tasks_one_per_dispute, tasks_one_per_ticket,
  tasks_one_per_request;
CREATE UNIQUE INDEX tasks_one_welcome_per_offer ON tasks (offer_id, publisher_id) WHERE kind = 'welcome';
CREATE UNIQUE INDEX tasks_one_per_activation ON tasks (activation_id, publisher_id) WHERE activation_id IS NOT NULL;
CREATE UNIQUE INDEX tasks_one_per_dispute ON tasks (dispute_id, publisher_id) WHERE dispute_id IS NOT NULL;
CREATE UNIQUE INDEX tasks_one_per_ticket ON tasks (support_ticket_id, publisher_id) WHERE support_ticket_id IS NOT NULL;
CREATE UNIQUE INDEX tasks_one_per_request ON tasks (technical_request_id, publisher_id)
  WHERE technical_request_id IS NOT NULL;

-- The references again, each through the publisher; a task's contact now too.
ALTER TABLE sponsorship_grants ADD CONSTRAINT sponsorship_grants_activation_id_publisher_id_fkey
  FOREIGN KEY (activation_id, publisher_id) REFERENCES activations (id, publisher_id);
ALTER TABLE tasks
  ADD CONSTRAINT tasks_activation_id_publisher_id_fkey
    FOREIGN KEY (activation_id, publisher_id) REFERENCES activations (id, publisher_id),
  ADD CONSTRAINT tasks_dispute_id_publisher_id_fkey
    FOREIGN KEY (dispute_id, publisher_id) REFERENCES disputes (id, publisher_id),
  ADD CONSTRAINT tasks_offer_id_publisher_id_fkey
    FOREIGN KEY (offer_id, publisher_id) REFERENCES offers (id, publisher_id),
  ADD CONSTRAINT tasks_support_ticket_id_publisher_id_fkey
    FOREIGN KEY (support_ticket_id, publisher_id) REFERENCES support_tickets (id, publisher_id),
  ADD CONSTRAINT tasks_technical_request_id_publisher_id_fkey
    FOREIGN KEY (technical_request_id, publisher_id) REFERENCES technical_requests (id, publisher_id);
ALTER TABLE conversation_messages
  ADD CONSTRAINT conversation_messages_dispute_id_publisher_id_fkey
    FOREIGN KEY (dispute_id, publisher_id) REFERENCES disputes (id, publisher_id),
  ADD CONSTRAINT conversation_messages_support_ticket_id_publisher_id_fkey
    FOREIGN KEY (support_ticket_id, publisher_id) REFERENCES support_tickets (id, publisher_id),
  ADD CONSTRAINT conversation_messages_technical_request_id_publisher_id_fkey
    FOREIGN KEY (technical_request_id, publisher_id) REFERENCES technical_requests (id, publisher_id);
ALTER TABLE support_tickets ADD CONSTRAINT support_tickets_offer_id_publisher_id_fkey
  FOREIGN KEY (offer_id, publisher_id) REFERENCES offers (id, publisher_id);
ALTER TABLE technical_requests ADD CONSTRAINT technical_requests_offer_id_publisher_id_fkey
  FOREIGN KEY (offer_id, publisher_id) REFERENCES offers (id, publisher_id);
ALTER TABLE sponsorship_spend ADD CONSTRAINT sponsorship_spend_grant_id_publisher_id_fkey
  FOREIGN KEY (grant_id, publisher_id) REFERENCES sponsorship_grants (id, publisher_id);
ALTER TABLE task_contacts ADD CONSTRAINT task_contacts_task_id_publisher_id_fkey
  FOREIGN KEY (task_id, publisher_id) REFERENCES tasks (id, publisher_id);
