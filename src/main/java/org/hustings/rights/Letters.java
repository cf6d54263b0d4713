package org.hustings.rights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.provenance.LedgerLink;
import org.hustings.rights.AccessReply.Section;
import org.hustings.store.Store;

/**
 * The letters a request can need besides the access reply, written from the request as recorded:
 * <ul>
 *   <li>{@link LetterKind#EXTENSION}: we need up to two more months. UK GDPR Art 12(3): the person
 *       must be told within one month of receipt, with the reasons for the delay.</li>
 *   <li>{@link LetterKind#REFUSAL}: we will not act, because the request is manifestly unfounded or
 *       excessive (Art 12(5)). Art 12(4): the person must be told without delay and at the latest
 *       within one month, with the reasons, and of their right to complain to the ICO (Art 77) and
 *       to seek a judicial remedy (Art 79).</li>
 * </ul>
 * Plain English, short sentences; the law is cited in the text; readability is measured in tests.
 * Rendered like the reply (one template, HTML and PDF, and JSON); sending lands in the ledger with
 * the SHA-256 of the JSON sent, never the words.
 */
public final class Letters {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final Store store;
    private final Requests requests;
    private final ReplyDocument document = new ReplyDocument();

    public Letters(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
    }

    /** The letters this request needs: an extension letter once extended, a refusal letter once refused. */
    public static List<LetterKind> available(RightsRequest r) {
        List<LetterKind> out = new ArrayList<>();
        if (r.extendedDueOn() != null) {
            out.add(LetterKind.EXTENSION);
        }
        if (r.status() == RequestStatus.REFUSED) {
            out.add(LetterKind.REFUSAL);
        }
        return out;
    }

    /** The letter of this kind for a request, written now. */
    public Letter write(long requestId, LetterKind kind) {
        return write(requests.get(requestId), kind);
    }

    Letter write(RightsRequest r, LetterKind kind) {
        if (!available(r).contains(kind)) {
            throw new HustingsException(ErrorCode.CONFLICT, switch (kind) {
                case EXTENSION -> "Request " + r.ref() + " has not been extended: extend it first, with the reason (UK GDPR Art 12(3)).";
                case REFUSAL -> "Request " + r.ref() + " has not been refused: refuse it first, with the ground and the reason (UK GDPR Art 12(5)).";
            });
        }
        return kind == LetterKind.EXTENSION ? extension(r) : refusal(r);
    }

    private Letter extension(RightsRequest r) {
        List<Section> s = new ArrayList<>();
        s.add(new Section("about", "Your request", "UK GDPR Art 12(3)", List.of(
                "You wrote to us on " + r.receivedOn() + ". You asked for " + r.kind().plain() + ". Your reference is " + r.ref() + ".",
                "The law says we must answer within one month. For your request, that was by " + r.dueOn() + "."), List.of()));
        s.add(new Section("delay", "Why we need more time", "Art 12(3)", List.of(
                "The law lets us take up to two more months when a request is complex, or when we have many requests from you. "
                        + "This is in Article 12(3) of the UK GDPR.",
                "This is why we need more time:"), List.of(r.extensionReason())));
        s.add(new Section("date", "When we will answer", "Art 12(3)", List.of(
                "We will answer by " + r.extendedDueOn() + ". If we can answer sooner, we will.",
                "The law says we must tell you of a delay within the first month. This letter does that."), List.of()));
        s.add(new Section("complain", "If you are not happy", "Art 77", List.of(
                "If you are not happy with this, please tell us first. You can also complain to the regulator. It is free."),
                List.of(ReplyProse.ICO)));
        return new Letter(LetterKind.EXTENSION, r.ref(), r.requesterName(), r.contact(), r.receivedOn(), requests.today(),
                "We need more time to answer you", "UK GDPR Art 12(3)", s);
    }

    private Letter refusal(RightsRequest r) {
        List<Section> s = new ArrayList<>();
        s.add(new Section("about", "Your request", "UK GDPR Art 12(4)", List.of(
                "You wrote to us on " + r.receivedOn() + ". You asked for " + r.kind().plain() + ". Your reference is " + r.ref() + ".",
                "We have decided not to act on it. This letter says why, and what you can do."), List.of()));
        String ground = r.refusalGround() == RefusalGround.MANIFESTLY_UNFOUNDED
                ? "The law lets us refuse a request that is clearly unfounded. This means it is plainly not made to use your rights. "
                        + "For example, it is made only to cause trouble."
                : "The law lets us refuse a request that is clearly excessive. For example, it repeats a request we have just "
                        + "answered, with nothing new.";
        s.add(new Section("reasons", "Why we will not act on it", "Art 12(5)", List.of(ground + " This is in Article 12(5) of the UK GDPR.",
                "This is our reason:"), List.of(r.refusalReason())));
        s.add(new Section("rights", "What you can do", "Art 12(4), Art 77 and Art 79", List.of(
                "If you do not agree, please tell us. We will look at it again.",
                "You can complain to the regulator. It is free. This right is in Article 77 of the UK GDPR.",
                "You can also ask a court to make us act on your request. This right is in Article 79. You may want to get legal advice first.",
                "The law says we must tell you all this within one month of your request. This is in Article 12(4)."),
                List.of(ReplyProse.ICO)));
        return new Letter(LetterKind.REFUSAL, r.ref(), r.requesterName(), r.contact(), r.receivedOn(), requests.today(),
                "We will not act on your request", "UK GDPR Art 12(4) and 12(5)", s);
    }

    public String html(Letter letter) {
        return document.html(letter);
    }

    public byte[] pdf(Letter letter) {
        return document.pdf(letter);
    }

    public String json(Letter letter) {
        try {
            return JSON.writeValueAsString(letter);
        } catch (JsonProcessingException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "The letter could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Records that the letter was sent: an event on the request, and a ledger entry with the letter's
     * kind, whether it went within the first month (Art 12(3)-(4)) and the SHA-256 of the JSON copy,
     * never the words. Returns the letter sent.
     */
    public Letter send(String actor, long requestId, LetterKind kind) {
        return store.write(c -> {
            RightsRequest r = requests.require(c, requestId);
            Letter letter = write(r, kind);
            String sha = AccessReplies.sha256(json(letter));
            boolean inTime = r.dueOn() == null || !requests.today().isAfter(r.dueOn());
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("letter", kind.code());
            d.put("in_first_month", inTime);
            d.put("letter_sha256", sha);
            new LedgerLink(store).record(c, actor, "rights.letter", "request:" + requestId, d,
                    r.personId() == null ? List.of() : List.of(r.personId()));
            requests.note(c, actor, requestId, "letter", (kind == LetterKind.EXTENSION ? "Extension letter" : "Refusal letter")
                    + " sent (JSON SHA-256 " + sha + ")" + (inTime ? "." : ", after the first month (UK GDPR Art 12(3)-(4))."));
            return letter;
        });
    }
}
