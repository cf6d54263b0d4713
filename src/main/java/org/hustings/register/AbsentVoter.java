package org.hustings.register;

/**
 * One line of an absent-voter list (postal, proxy or postal proxy), with, on a marked postal
 * list, whether the postal ballot was returned ({@code null} when the list does not say).
 */
public record AbsentVoter(long line, ElectorNumber number, Kind kind, Boolean returned, String proxyName) {

    public enum Kind {
        POSTAL, PROXY, POSTAL_PROXY
    }
}
