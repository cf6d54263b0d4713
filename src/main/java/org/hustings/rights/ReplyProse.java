package org.hustings.rights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hustings.gate.FlagEntry;
import org.hustings.gate.PersonFlag;
import org.hustings.purpose.Activity;
import org.hustings.rights.AccessReply.Disclosure;
import org.hustings.rights.AccessReply.HeldValue;
import org.hustings.rights.AccessReply.Section;

/**
 * The words of the access reply, written from the facts gathered: one section for each thing
 * UK GDPR Art 15(1)(a)-(h) and 15(2) require, in short sentences with no unexplained legal terms
 * (Art 12(1): "concise, transparent, intelligible ... clear and plain language"). Every list in it
 * comes from the store; only the connecting sentences are fixed. Readability is measured in tests.
 */
final class ReplyProse {
    /** The UK regulator, for Art 15(1)(f) and Art 77. */
    static final String ICO = "The Information Commissioner's Office (ICO). Website: ico.org.uk/make-a-complaint. "
            + "Phone: 0303 123 1113. Post: Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.";

    private ReplyProse() {
    }

    record Facts(RightsRequest request, List<HeldValue> values, List<Activity> purposes, List<Disclosure> disclosures,
                 List<Disclosure> transfers, List<FlagEntry> flags,
                 java.util.function.Function<String, String> categoryName) { }

    static List<Section> sections(Facts f) {
        List<Section> out = new ArrayList<>();
        RightsRequest r = f.request();
        out.add(new Section("about", "About this reply", "UK GDPR Art 15 and Art 12(3)", List.of(
                "You asked us on " + r.receivedOn() + " what data we hold about you. This is our full answer.",
                "It lists each piece of data we hold. It says where each one came from, and why we hold it.",
                "The law gives you this right. It is in Article 15 of the UK GDPR. We must reply within one month, "
                        + "as Article 12(3) says. Your reference is " + r.ref() + "."), List.of()));

        List<String> purposeItems = f.purposes().stream().map(a -> a.name() + ". " + a.description()).toList();
        out.add(new Section("purposes", "Why we use your data", "Art 15(1)(a)", f.purposes().isEmpty()
                ? List.of("We do not use your data for any purpose at the moment.")
                : List.of("We may use your data for these things. Each piece of data can only be used for the tasks its source allows."),
                purposeItems));

        Map<String, String> categories = new TreeMap<>();
        f.values().forEach(v -> categories.put(v.categoryName(), v.category()));
        out.add(new Section("categories", "What kinds of data we hold", "Art 15(1)(b)", f.values().isEmpty()
                ? List.of("We hold no data about you.")
                : List.of("We hold these kinds of data about you. The full list of values is at the end."), List.copyOf(categories.keySet())));

        Set<String> recipients = new LinkedHashSet<>();
        f.purposes().forEach(a -> recipients.addAll(a.recipients()));
        List<String> recipientParas = new ArrayList<>();
        recipientParas.add(recipients.isEmpty() ? "We do not plan to give your data to anyone."
                : "These people and firms may see your data, for the tasks listed above.");
        recipientParas.add(f.disclosures().isEmpty() ? "Our records show no time when your data was used or sent out."
                : "Our records show each time your data was used or sent out. They are listed below, with the date.");
        List<String> recipientItems = new ArrayList<>(recipients);
        for (Disclosure d : f.disclosures()) {
            recipientItems.add(d.on() + ": " + d.what() + (d.recipients().isEmpty() ? "" : ". Seen by: " + String.join(", ", d.recipients()) + "."));
        }
        out.add(new Section("recipients", "Who sees your data", "Art 15(1)(c)", recipientParas, recipientItems));

        Map<String, String> retention = new LinkedHashMap<>();
        f.values().forEach(v -> retention.putIfAbsent(v.source(), v.retention()));
        out.add(new Section("retention", "How long we keep it", "Art 15(1)(d)",
                List.of("We keep each piece of data only as long as its source allows. Then we delete it."),
                retention.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));

        out.add(new Section("rights", "Your rights", "Art 15(1)(e)", List.of(
                "You can ask us to correct data that is wrong. This is Article 16.",
                "You can ask us to delete your data. This is Article 17. We must keep our copy of the electoral register, "
                        + "because the law gives it to us as it is. But we will stop using your entry and will not contact you.",
                "You can ask us to stop using your data for a while. This is Article 18.",
                "You can object to us using your data. If you object to campaign contact, we must stop at once. This is Article 21.",
                "If you agreed to something, you can change your mind at any time. This is Article 7(3)."), List.of()));

        out.add(new Section("complain", "How to complain", "Art 15(1)(f) and Art 77", List.of(
                "If you are not happy with how we use your data, please tell us first. You can also complain to the regulator. "
                        + "It is free."), List.of(ICO)));

        Map<String, String> others = new TreeMap<>();
        f.values().stream().filter(v -> !v.fromYou()).forEach(v -> others.put(v.source(), v.supplier()));
        out.add(new Section("sources", "Where we got data you did not give us", "Art 15(1)(g)", others.isEmpty()
                ? List.of("All the data we hold came from you.")
                : List.of("Some data did not come from you. It came from these places."),
                others.entrySet().stream().map(e -> e.getKey() + (e.getValue() == null || e.getValue().isBlank() ? "" : ", from " + e.getValue())).toList()));

        out.add(profiling(f));

        out.add(new Section("transfers", "Data sent abroad", "Art 15(2)", f.transfers().isEmpty()
                ? List.of("Our records show that none of your data was sent outside the UK.")
                : List.of("Some of your data was sent outside the UK. The list below says when and where. We only do this with the "
                        + "safeguards the law needs."),
                f.transfers().stream().map(d -> d.on() + ": " + d.what()).toList()));

        List<String> limits = new ArrayList<>();
        for (FlagEntry fl : f.flags()) {
            if (fl.live()) {
                limits.add(switch (fl.flag()) {
                    case ERASED -> "You asked us to delete your data. We deleted all we could. We do not use what we must keep.";
                    case RESTRICTED -> "You asked us to stop using your data. We do not use it for anything.";
                    case OBJECTED_MARKETING -> "You objected to campaign contact. We will not contact you to campaign.";
                    case OBJECTED_PROFILING -> "You objected to profiling. We do not use your data to make scores or groups.";
                    case DO_NOT_CONTACT -> "We have marked you so that nobody contacts you.";
                });
            }
        }
        if (f.flags().stream().anyMatch(fl -> fl.live() && fl.flag() == PersonFlag.ERASED)
                && f.values().stream().anyMatch(v -> v.table().equals("elector"))) {
            limits.add("You are on the electoral register. The law gives registered parties a copy of it, and we must keep that copy "
                    + "as we got it while we hold it. So your entry stays in our copy. We do not use it, and we will not contact you.");
        }
        out.add(new Section("limits", "What you asked us to stop", "Arts 17, 18 and 21", limits.isEmpty()
                ? List.of("You have not asked us to stop any use of your data.") : List.of(), limits));

        out.add(new Section("values", "All the data we hold about you", "Art 15(1) and 15(3)", List.of(
                "This is a copy of every piece of data we hold about you. Each line says where it came from, our legal reason, "
                        + "and what it can be used for. How long we keep it is listed above, for each source. A file with the same data in a form computers can read comes with this letter."),
                List.of()));
        return out;
    }

    private static Section profiling(Facts f) {
        List<String> paras = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<Activity> profiling = f.purposes().stream().filter(Activity::profiling).toList();
        boolean objected = f.flags().stream().anyMatch(fl -> fl.live() && (fl.flag() == PersonFlag.OBJECTED_PROFILING
                || fl.flag() == PersonFlag.RESTRICTED || fl.flag() == PersonFlag.ERASED));
        List<HeldValue> estimates = f.values().stream().filter(HeldValue::estimated).toList();
        if (profiling.isEmpty() && estimates.isEmpty()) {
            paras.add("We do not use your data to make scores or to sort you into groups.");
        } else {
            paras.add("Profiling means using data to guess things about a person, such as how they might vote. "
                    + "No decision about you is made by a computer alone.");
            for (Activity a : profiling) {
                items.add(a.name() + ". " + a.description() + " It may use: " + String.join(", ", a.categories().stream().map(f.categoryName()).toList()).toLowerCase(java.util.Locale.UK) + ".");
            }
            for (HeldValue v : estimates) {
                items.add(v.categoryName() + " is a guess, not a fact. It came from " + v.source() + ".");
            }
            if (objected) {
                paras.add("You asked us not to profile you, so we leave you out of all of this.");
            } else {
                paras.add("You can object to profiling at any time. We will then leave you out of it.");
            }
        }
        return new Section("profiling", "Scores and profiling", "Art 15(1)(h) and Art 22", paras, items);
    }
}
