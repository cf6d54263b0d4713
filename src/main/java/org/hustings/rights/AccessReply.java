package org.hustings.rights;

import java.time.LocalDate;
import java.util.List;

/**
 * The reply to a subject access request (UK GDPR Art 15), assembled from the store: every value
 * held with its source, basis and purposes, and the facts Art 15(1)(a)-(h) and 15(2) require.
 * {@code sections} is the reply's plain-English prose, in order; the tables are the other fields.
 * The same record is rendered as HTML and PDF (one template) and written as JSON.
 */
public record AccessReply(String ref, long personId, String requesterName, LocalDate receivedOn, LocalDate madeOn,
                          List<Section> sections, List<HeldValue> values, List<Disclosure> disclosures,
                          List<ConsentLine> consents) {

    public AccessReply {
        sections = List.copyOf(sections);
        values = List.copyOf(values);
        disclosures = List.copyOf(disclosures);
        consents = List.copyOf(consents);
    }

    /** A part of the reply: a heading, the law it answers (e.g. {@code Art 15(1)(a)}), and short paragraphs and list items. */
    public record Section(String key, String heading, String law, List<String> paragraphs, List<String> items) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            items = List.copyOf(items);
        }
    }

    /**
     * One value held: what it is ({@code category}, {@code field}), the value itself, where it is held
     * ({@code held}, e.g. the register edition or the file), its source and whether it came from
     * the person, the legal basis, the purposes it may serve, how long it is kept, whether it is an
     * estimate, and any note (e.g. that it may never be used). {@code table} and {@code row} say
     * where in the store it lives, for checking.
     */
    public record HeldValue(String category, String categoryName, String field, String value, String held, String source,
                            String sourceCode, String supplier, boolean fromYou, String basis, List<String> purposes, String retention,
                            boolean estimated, String note, String table, String row) {
        public HeldValue {
            purposes = List.copyOf(purposes);
        }
    }

    /** A use or disclosure recorded in the ledger: when, what, and who received the data. */
    public record Disclosure(LocalDate on, String what, List<String> recipients, long ledgerSeq) {
        public Disclosure {
            recipients = List.copyOf(recipients);
        }
    }

    /** A consent choice: purpose, channel, given or withdrawn, when and how. */
    public record ConsentLine(String purpose, String channel, String status, LocalDate on, String method, boolean provable) {
    }

    /** The section with this key, e.g. {@code purposes}. */
    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** All the prose, one paragraph or item per line, for measuring readability. */
    public String prose() {
        StringBuilder b = new StringBuilder();
        for (Section s : sections) {
            s.paragraphs().forEach(p -> b.append(p).append('\n'));
            s.items().forEach(p -> b.append(p).append('\n'));
        }
        return b.toString();
    }
}
