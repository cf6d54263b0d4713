package org.hustings.ingest.data;

import org.hustings.consent.ConsentMethod;
import org.hustings.purpose.Channel;

/**
 * A column recording a consent for one purpose and channel: a yes grants, a no withdraws, a blank
 * records nothing. When it was given comes from {@code givenAtColumn}; the wording shown is a
 * version of the source's consent wording, fixed ({@code wordingVersion}) or per row
 * ({@code wordingVersionColumn}). A grant without time or wording is kept but not provable
 * (UK GDPR Art 7(1)), so the gate does not rely on it.
 */
public record ConsentColumn(String column, String purpose, Channel channel, ConsentMethod method, Integer wordingVersion,
                            String wordingVersionColumn, String givenAtColumn) {
}
