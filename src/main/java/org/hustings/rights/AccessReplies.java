package org.hustings.rights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.gate.FlagEntry;
import org.hustings.gate.PersonFlags;
import org.hustings.consent.Consents;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;
import org.hustings.purpose.Purposes;
import org.hustings.rights.AccessReply.ConsentLine;
import org.hustings.rights.AccessReply.Disclosure;
import org.hustings.rights.AccessReply.HeldValue;
import org.hustings.store.Store;

/**
 * Assembles the reply to a subject access request (UK GDPR Art 15) from the store — never by
 * hand — and renders it: HTML and PDF from one template ({@link ReplyDocument}), and JSON.
 * Sending it closes the request and lands in the ledger with the SHA-256 of the JSON sent, so what
 * was sent can be proved later without the ledger holding a single value.
 */
public final class AccessReplies {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final Store store;
    private final Requests requests;
    private final Taxonomy taxonomy;
    private final ReplyDocument document = new ReplyDocument();
    /** Datasets, editions and elections, which never change once loaded: read once, not for every reply. */
    private final Meta.Cache files = new Meta.Cache();

    public AccessReplies(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
        this.taxonomy = Taxonomy.standard();
    }

    /**
     * Reads that do not depend on each other run side by side (the processing activities, the
     * ledger's entries for the person, their flags and their consents, each another station's one
     * or few statements) while this thread reads the person's rows: a reply costs the longest of
     * them, not their sum. Daemon threads; a handful, shared by every reply in the process.
     */
    private static final ExecutorService READS = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "rights-reply-read");
        t.setDaemon(true);
        return t;
    });

    /** The reply for an access request matched to a person. */
    public AccessReply assemble(long requestId) {
        CompletableFuture<Map<String, Activity>> activities = CompletableFuture.supplyAsync(this::activities, READS);
        RightsRequest r = requests.get(requestId);
        if (r.personId() == null) {
            throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is not matched to a person yet: search for them and "
                    + "confirm the match first.");
        }
        return assemble(r, r.personId(), activities);
    }

    /** The reply for this request as if it were about {@code personId} (e.g. a closed request, after an erasure). */
    AccessReply assemble(RightsRequest r, long personId) {
        return assemble(r, personId, CompletableFuture.supplyAsync(this::activities, READS));
    }

    private Map<String, Activity> activities() {
        return new Purposes(store, taxonomy).list().stream().collect(Collectors.toMap(Activity::code, Function.identity()));
    }

    private AccessReply assemble(RightsRequest r, long personId, CompletableFuture<Map<String, Activity>> pending) {
        CompletableFuture<List<RecordedEntry>> ledgered = CompletableFuture.supplyAsync(() -> new Ledger(store).entriesForPerson(personId), READS);
        CompletableFuture<List<FlagEntry>> flagged = CompletableFuture.supplyAsync(() -> new PersonFlags(store).entries(personId), READS);
        CompletableFuture<List<org.hustings.consent.ConsentEntry>> consented =
                CompletableFuture.supplyAsync(() -> new Consents(store).history(personId), READS);
        Map<String, Activity> activities = join(pending);
        HeldValues held = new HeldValues(taxonomy, activities, files);
        // Every value held, on one connection: a handful of statements, not one per file.
        List<HeldValue> values = store.read(c -> held.of(c, personId));
        Set<String> purposeCodes = held.purposeCodes();
        List<Activity> purposes = purposeCodes.stream().filter(activities::containsKey).map(activities::get).toList();

        List<Disclosure> disclosures = new ArrayList<>();
        List<Disclosure> transfers = new ArrayList<>();
        for (RecordedEntry e : join(ledgered)) {
            java.time.LocalDate on = e.recordedAt().atZone(Requests.LONDON).toLocalDate();
            if (e.action().equals("gate.read") && e.subject().startsWith("activity:")) {
                Activity a = activities.get(e.subject().substring("activity:".length()));
                disclosures.add(new Disclosure(on, "Used for " + (a == null ? e.subject() : a.name().toLowerCase(java.util.Locale.UK)),
                        a == null ? List.of() : a.recipients(), e.seq()));
            } else if (e.action().startsWith("export.") || e.action().startsWith("disclosure.")) {
                Object to = e.details().getOrDefault("recipient", e.subject());
                disclosures.add(new Disclosure(on, "Sent to " + to, List.of(String.valueOf(to)), e.seq()));
            } else if (e.action().startsWith("transfer.")) {
                Object to = e.details().getOrDefault("country", e.subject());
                transfers.add(new Disclosure(on, "Sent to " + to, List.of(String.valueOf(to)), e.seq()));
            }
        }
        List<FlagEntry> flags = join(flagged);
        List<ConsentLine> consents = join(consented).stream()
                .map(h -> new ConsentLine(activities.containsKey(h.purpose()) ? activities.get(h.purpose()).name() : h.purpose(),
                        h.channel().code(), h.status().code(), h.givenAt() == null ? null : h.givenAt().atZone(Requests.LONDON).toLocalDate(),
                        h.method() == null ? null : h.method().code(), h.wordingVersion() != null && h.givenAt() != null && h.method() != null))
                .toList();
        var facts = new ReplyProse.Facts(r, values, purposes, disclosures, transfers, flags,
                key -> taxonomy.category(key).map(org.hustings.provenance.DataCategory::name).orElse(key));
        return new AccessReply(r.ref(), personId, r.requesterName(), r.receivedOn(), requests.today(), ReplyProse.sections(facts),
                values, disclosures, consents);
    }

    /** The result of a side read; its failure is thrown as it was (a HustingsException stays one). */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    public String html(AccessReply reply) {
        return document.html(reply);
    }

    public byte[] pdf(AccessReply reply) {
        return document.pdf(reply);
    }

    public String json(AccessReply reply) {
        try {
            return JSON.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "The access reply could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Records that the reply was sent and closes the request: the ledger keeps the number of values
     * and the SHA-256 of the JSON copy sent, never the values. Returns the reply sent.
     */
    public AccessReply send(String actor, long requestId) {
        AccessReply reply = assemble(requestId);
        String sha = sha256(json(reply));
        store.write(c -> {
            RightsRequest r = requests.require(c, requestId);
            if (r.kind() != RequestKind.ACCESS || r.status() != RequestStatus.OPEN) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is a " + r.kind().code() + " request and "
                        + r.status().code() + "; only an open access request can be answered with a copy.");
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("values", reply.values().size());
            d.put("disclosures", reply.disclosures().size());
            d.put("reply_sha256", sha);
            // The reply's entry and the completed request's in one batch.
            new Ledger(store).appendAll(c, List.of(new org.hustings.ledger.LedgerEntry(actor, "rights.access_reply", "request:" + requestId,
                    d, List.of(reply.personId())),
                    requests.completion(c, actor, r, "Access reply sent: " + reply.values().size() + " values (JSON SHA-256 " + sha + ").")));
            return null;
        });
        return reply;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
