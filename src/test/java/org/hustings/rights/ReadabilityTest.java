package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Flesch formula and its syllable heuristic on known words and sentences. */
class ReadabilityTest {

    @ParameterizedTest(name = "{0} has {1} syllable(s)")
    @CsvSource({"cat, 1", "the, 1", "make, 1", "used, 1", "makes, 1", "wanted, 2", "uses, 2", "table, 2", "people, 2", "data, 2",
        "reading, 2", "little, 2", "complete, 2", "syllable, 3", "beautiful, 3", "readability, 5", "queue, 1", "agree, 2",
        "information, 4", "commissioner, 4", "2024, 1"})
    void syllablesOfKnownWords(String word, int expected) {
        assertThat(Readability.syllables(word)).isEqualTo(expected);
    }

    @Test
    void theCatSatOnTheMat() {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1
        Readability.Counts c = Readability.counts("The cat sat on the mat.");
        assertThat(c).isEqualTo(new Readability.Counts(6, 1, 6));
        assertThat(c.fleschReadingEase()).isCloseTo(116.145, within(0.001));
    }

    @Test
    void sentencesEndAtStopsAndLineBreaksButNotInsideAddresses() {
        Readability.Counts c = Readability.counts("Write to ico.org.uk today. It is free!\nA list item\n\n");
        assertThat(c.sentences()).isEqualTo(3);
        assertThat(c.words()).isEqualTo(10);
    }

    @Test
    void plainEnglishScoresHighAndLegalDraftingLow() {
        double plain = Readability.fleschReadingEase("You can ask us to delete your data. We will do it within a month. It is free.");
        double legal = Readability.fleschReadingEase("Notwithstanding the aforementioned provisions, the controller shall facilitate the "
                + "exercise of data subject rights pursuant to the applicable legislative instruments, including rectification, "
                + "erasure and restriction of processing.");
        assertThat(plain).isGreaterThan(80);
        assertThat(legal).isLessThan(10);
    }
}
