package org.hustings.ingest;

import java.sql.Connection;
import java.sql.SQLException;
/**
 * Carries people from one register edition to the next. The annual canvass re-numbers every
 * elector, so a person is recognised by the normalised name-and-address key
 * ({@link org.hustings.register.MatchKey}); where several entries share a key (two people of the
 * same name at one address) they are paired in birth-date then elector-number order. Entries
 * that cannot be carried — anonymous electors, people who moved or changed name — are listed in
 * {@code rollover_gap} with the reason, and reported.
 */
final class EditionRollover {
    private EditionRollover() {
    }

    static ImportOutcome.Rollover carry(Connection c, long previous, long next, long datasetId) throws SQLException {
        long carried = Sql.update(c, """
                UPDATE elector SET person_id = m.old_person
                FROM (
                    SELECT n.id AS new_id, o.person_id AS old_person
                    FROM (SELECT id, match_key, row_number() OVER (PARTITION BY match_key
                                 ORDER BY birth_date, eno_prefix, eno_number, eno_suffix) AS k
                          FROM elector WHERE edition_id = ? AND match_key IS NOT NULL) n
                    JOIN (SELECT person_id, match_key, row_number() OVER (PARTITION BY match_key
                                 ORDER BY birth_date, eno_prefix, eno_number, eno_suffix) AS k
                          FROM elector WHERE edition_id = ? AND deleted_dataset_id IS NULL AND match_key IS NOT NULL) o
                      ON o.match_key = n.match_key AND o.k = n.k
                ) m
                WHERE elector.id = m.new_id""", next, previous);
        long newPeople = Sql.update(c, """
                INSERT INTO person (id, first_dataset_id)
                SELECT e.person_id, ? FROM elector e
                WHERE e.edition_id = ? AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = e.person_id)""", datasetId, next);
        Sql.update(c, """
                INSERT INTO rollover_gap (edition_id, elector_id, side, reason)
                SELECT ?, e.id, 'new', CASE WHEN e.anonymous THEN 'anonymous' WHEN e.match_key IS NULL THEN 'no-name'
                                            ELSE 'no-predecessor' END
                FROM elector e JOIN person p ON p.id = e.person_id
                WHERE e.edition_id = ? AND p.first_dataset_id = ?""", next, next, datasetId);
        long notCarried = Sql.update(c, """
                INSERT INTO rollover_gap (edition_id, elector_id, side, reason)
                SELECT ?, o.id, 'left', CASE WHEN o.anonymous THEN 'anonymous' WHEN o.match_key IS NULL THEN 'no-name'
                                             ELSE 'not-found' END
                FROM elector o
                WHERE o.edition_id = ? AND o.deleted_dataset_id IS NULL
                  AND NOT EXISTS (SELECT 1 FROM elector n WHERE n.edition_id = ? AND n.person_id = o.person_id)""",
                next, previous, next);
        Sql.update(c, "UPDATE register_edition SET status = 'superseded' WHERE id = ?", previous);
        Sql.update(c, "UPDATE register_edition SET carried = ?, new_people = ?, not_carried = ? WHERE id = ?",
                carried, newPeople, notCarried, next);
        return new ImportOutcome.Rollover(previous, carried, newPeople, notCarried);
    }

}
