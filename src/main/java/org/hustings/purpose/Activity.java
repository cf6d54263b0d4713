package org.hustings.purpose;

import java.util.List;

/**
 * A processing activity (a purpose) in the Article 30 record: what it is for, its Article 6 basis
 * and Article 9 condition, how it reaches people, whether it is direct marketing (objections are
 * absolute, Art 21(3)) or profiling (Art 21(1)), the data categories it uses, its recipients and
 * retention, and whether it needs a DPIA before it may run (Art 35).
 *
 * <p>{@code minLinkProbability}: the lowest probability of a probabilistic link at which a value
 * attached to a person by that link may be used for this activity (accuracy, UK GDPR Art 5(1)(d));
 * null for no minimum beyond the link threshold used at import. Set it with
 * {@link Purposes#setMinLinkProbability}; {@link Purposes#define} keeps the one configured.
 */
public record Activity(String code, String name, String description, UseClass use, String article6, String article9,
                       Channel channel, boolean directMarketing, boolean profiling, List<String> categories,
                       List<String> recipients, String retention, boolean dpiaRequired, Double minLinkProbability) {

    public Activity {
        categories = List.copyOf(categories == null ? List.of() : categories);
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
    }

    /** An activity with no minimum link probability. */
    public Activity(String code, String name, String description, UseClass use, String article6, String article9,
                    Channel channel, boolean directMarketing, boolean profiling, List<String> categories,
                    List<String> recipients, String retention, boolean dpiaRequired) {
        this(code, name, description, use, article6, article9, channel, directMarketing, profiling, categories, recipients, retention,
                dpiaRequired, null);
    }
}
