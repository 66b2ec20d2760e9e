-- A technical request's task names the offer the request is about, as a support ticket's and a welcome's do: the
-- queue and the task panel show it, and a filter by offer finds it. Tasks made before this carried none.
UPDATE tasks t SET offer_id = r.offer_id
FROM technical_requests r
WHERE t.technical_request_id = r.id AND t.offer_id IS NULL;
