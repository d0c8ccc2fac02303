-- 6: how many customers each partner has, kept by triggers: the unfiltered customer list's
-- matchCount without counting 50,000 index entries on every first page.
CREATE TABLE customer_counts (
    partner_id  TEXT PRIMARY KEY REFERENCES partners (id) ON DELETE CASCADE,
    n           INTEGER NOT NULL
) STRICT;
INSERT INTO customer_counts (partner_id, n) SELECT partner_id, COUNT(*) FROM customers GROUP BY partner_id;

CREATE TRIGGER customers_count_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_counts (partner_id, n) VALUES (NEW.partner_id, 1)
        ON CONFLICT (partner_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER customers_count_delete AFTER DELETE ON customers BEGIN
    UPDATE customer_counts SET n = n - 1 WHERE partner_id = OLD.partner_id;
END;
CREATE TRIGGER customers_count_move AFTER UPDATE OF partner_id ON customers BEGIN
    UPDATE customer_counts SET n = n - 1 WHERE partner_id = OLD.partner_id;
    INSERT INTO customer_counts (partner_id, n) VALUES (NEW.partner_id, 1)
        ON CONFLICT (partner_id) DO UPDATE SET n = n + 1;
END;
