package org.hustings.rights;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease, to hold what Hustings writes to voters to plain English (UK GDPR Art 12(1)):
 * {@code 206.835 - 1.015 × (words / sentences) - 84.6 × (syllables / words)}. 60-70 is plain
 * English; 30 and below is very hard (legal drafting).
 *
 * <p>Sentences end at {@code . ! ?} followed by a space or the end, and at each line break (list
 * items have no full stop). Words are runs of letters, digits and inner apostrophes, dots or
 * hyphens ({@code ico.org.uk} and {@code 2024-12-27} are one word each). Syllables are counted by
 * a heuristic, not a dictionary: vowel groups ({@code y} counts as a vowel), less a silent final
 * {@code e} (not after a consonant + {@code l}), less a silent {@code -ed} (not after t or d) or
 * {@code -es} (not after s, x, z, c, g or h), plus one for {@code ia}/{@code iu} spoken as two; at least one. A word with
 * no letters (a number) counts one syllable. The heuristic is usually right or one off on a word
 * (e.g. "create" counts 1), which moves a page's score by a point or two, not ten.
 */
public final class Readability {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    /** Words, sentences and syllables of a text. */
    public record Counts(int words, int sentences, int syllables) {
        public double fleschReadingEase() {
            if (words == 0) {
                return 100;
            }
            return 206.835 - 1.015 * ((double) words / Math.max(1, sentences)) - 84.6 * ((double) syllables / words);
        }
    }

    public static double fleschReadingEase(String text) {
        return counts(text).fleschReadingEase();
    }

    public static Counts counts(String text) {
        int words = 0;
        int syllables = 0;
        int sentences = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            Matcher m = WORD.matcher(sentence);
            int inSentence = 0;
            while (m.find()) {
                inSentence++;
                syllables += syllables(m.group());
            }
            if (inSentence > 0) {
                sentences++;
                words += inSentence;
            }
        }
        return new Counts(words, sentences, syllables);
    }

    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        int n = 0;
        Matcher m = VOWELS.matcher(w);
        while (m.find()) {
            n++;
            String group = m.group();
            if (group.contains("ia") || group.contains("iu")) {
                n++;
            }
        }
        int len = w.length();
        if (len > 2 && w.endsWith("e") && !w.endsWith("ee") && !(w.endsWith("le") && !isVowel(w.charAt(len - 3)))) {
            n--;
        } else if (len > 3 && w.endsWith("ed") && !isVowel(w.charAt(len - 3)) && "td".indexOf(w.charAt(len - 3)) < 0) {
            n--;
        } else if (len > 3 && w.endsWith("es") && !isVowel(w.charAt(len - 3)) && "sxzcgh".indexOf(w.charAt(len - 3)) < 0) {
            n--;
        }
        return Math.max(1, n);
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
