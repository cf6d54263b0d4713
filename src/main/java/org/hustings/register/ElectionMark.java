package org.hustings.register;

/**
 * One line of a marked register: whether an elector was issued a ballot paper. Under
 * Representation of the People Regulations 2001 reg 117 the marked register is supplied for
 * electoral or research purposes.
 */
public record ElectionMark(long line, ElectorNumber number, Mark mark) {

    public enum Mark {
        IN_PERSON("voted in person"),
        POSTAL("voted by post"),
        NOT_VOTED("did not vote");

        private final String words;

        Mark(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
