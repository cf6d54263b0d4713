package org.hustings.rights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.provenance.StatutoryField;
import org.hustings.provenance.Taxonomy;
import org.hustings.store.Store;

/**
 * Rectification (UK GDPR Art 16): corrects a value everywhere it is held for the person — a
 * register field in every edition, or a kind of data (a category such as {@code contact.email}) in
 * every dataset. The ledger records which field of which person, by whom and why (a reason code);
 * never the old or new value. The free-text reason stays with the request.
 *
 * <p>A register correction fixes the party's copy; the register itself is the Electoral
 * Registration Officer's, so the person is told to ask the ERO too (the reply says so).
 */
public final class Rectification {
    /** Why a value was corrected: the code that goes into the ledger. */
    public enum Reason { INACCURATE, OUT_OF_DATE, INCOMPLETE }

    /** The correction: a register field name (e.g. {@code surname}) or a data category (e.g. {@code contact.email}), the right value, why. */
    public record Correction(String field, String value, Reason reason, String explanation) { }

    private final Store store;
    private final Requests requests;
    private final Taxonomy taxonomy = Taxonomy.standard();
    private final Ledger ledger;

    public Rectification(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
        this.ledger = new Ledger(store);
    }

    /** Counts the rows a correction would change, changing nothing (the dry run). */
    public Map<String, Long> plan(long requestId, Correction k) {
        return store.read(c -> {
            long person = matched(requests.require(c, requestId));
            Map<String, Long> out = new LinkedHashMap<>();
            Optional<StatutoryField> reg = registerField(k.field());
            if (reg.isPresent()) {
                out.put("elector", PersonRows.count(c, "SELECT count(*) FROM elector WHERE person_id = ?", person));
            } else {
                out.put("attribute_value", PersonRows.count(c, "SELECT count(*) FROM attribute_value a JOIN dataset_field f ON "
                        + "f.dataset_id = a.dataset_id AND f.field = a.field WHERE a.person_id = ? AND f.category = ?", person, category(k.field())));
            }
            return out;
        });
    }

    /** Makes the correction everywhere, records it, and completes the request; returns rows changed per table. */
    public Map<String, Long> rectify(String actor, long requestId, Correction k) {
        if (k.value() == null || k.reason() == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "A correction needs the right value and the reason (inaccurate, out_of_date or incomplete).");
        }
        Requests.requireText(k.explanation(), "explanation", "Say what was wrong, in the person's words or yours.");
        return store.write(c -> {
            RightsRequest r = requests.require(c, requestId);
            if (r.kind() != RequestKind.RECTIFICATION || r.status() != RequestStatus.OPEN) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " must be an open rectification request.");
            }
            long person = matched(r);
            Map<String, Long> changed = new LinkedHashMap<>();
            Optional<StatutoryField> reg = registerField(k.field());
            if (reg.isPresent()) {
                changed.put("elector", (long) PersonRows.execute(c, "UPDATE elector SET " + reg.get().column() + " = ? WHERE person_id = ?",
                        typed(reg.get(), k.value()), person));
            } else {
                String category = category(k.field());
                changed.put("attribute_value", (long) PersonRows.execute(c, "UPDATE attribute_value SET value = ? WHERE person_id = ? AND "
                        + "EXISTS (SELECT 1 FROM dataset_field f WHERE f.dataset_id = attribute_value.dataset_id AND f.field = attribute_value.field "
                        + "AND f.category = ?)", k.value(), person, category));
            }
            if (changed.values().stream().mapToLong(Long::longValue).sum() == 0) {
                throw new HustingsException(ErrorCode.NOT_FOUND, "Nothing is held for '" + k.field() + "' about person " + person + ".");
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("field", k.field());
            d.put("reason", k.reason().name().toLowerCase(Locale.ROOT));
            d.put("rows", changed);
            LedgerEntry corrected = new LedgerEntry(actor, "rights.rectification", "request:" + r.id(), d, List.of(person));
            requests.note(c, actor, r.id(), "rectification", "Corrected " + k.field() + " (" + k.reason().name().toLowerCase(Locale.ROOT)
                    + "): " + k.explanation());
            // The correction's entry and the completed request's in one batch.
            ledger.appendAll(c, List.of(corrected, requests.completion(c, actor, r, "Corrected " + k.field() + " in " + changed
                    + (reg.isPresent() ? ". The register is the Electoral Registration Officer's: the person was told to ask the ERO to "
                    + "correct it too." : "."))));
            return changed;
        });
    }

    private Optional<StatutoryField> registerField(String field) {
        return taxonomy.statute("register").orElseThrow().fields().stream().filter(f -> f.field().equals(field)).findFirst();
    }

    private String category(String field) {
        return taxonomy.category(field).map(org.hustings.provenance.DataCategory::key).orElseThrow(() -> new HustingsException(
                ErrorCode.BAD_REQUEST, "'" + field + "' is neither a register field (e.g. surname, postcode) nor a data category "
                        + "(e.g. contact.email, contact.phone)."));
    }

    private static Object typed(StatutoryField f, String value) {
        try {
            return switch (f.column()) {
                case "birth_date", "attainer_date" -> java.sql.Date.valueOf(java.time.LocalDate.parse(value.trim()));
                case "opted_out" -> switch (value.trim().toLowerCase(Locale.ROOT)) {
                    case "yes", "true" -> Boolean.TRUE;
                    case "no", "false" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException();
                };
                default -> value;
            };
        } catch (RuntimeException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The value for '" + f.field() + "' is not valid: give a date as yyyy-mm-dd "
                    + "or yes/no as the field needs.");
        }
    }

    private static long matched(RightsRequest r) {
        if (r.personId() == null) {
            throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is not matched to a person yet: confirm the match first.");
        }
        return r.personId();
    }
}
