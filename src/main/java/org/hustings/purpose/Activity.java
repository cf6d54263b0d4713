package org.hustings.purpose;

import java.util.List;

/**
 * A processing activity (a purpose) in the Article 30 record: what it is for, its Article 6 basis
 * and Article 9 condition, how it reaches people, whether it is direct marketing (objections are
 * absolute, Art 21(3)) or profiling (Art 21(1)), the data categories it uses, its recipients and
 * retention, and whether it needs a DPIA before it may run (Art 35).
 */
public record Activity(String code, String name, String description, UseClass use, String article6, String article9,
                       Channel channel, boolean directMarketing, boolean profiling, List<String> categories,
                       List<String> recipients, String retention, boolean dpiaRequired) {

    public Activity {
        categories = List.copyOf(categories == null ? List.of() : categories);
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
    }
}
